import { z } from 'zod';
import { codeField, documentRef, oneOf, text } from '@chitieu/organisation';
import { DOCUMENT_KINDS } from '../../domain/document.events';

export const issueDocumentSchema = z
  .object({
    documentId: codeField('documentId'),
    programId: codeField('programId'),
    document: documentRef('document'),
    kind: oneOf('kind', DOCUMENT_KINDS),
    proposedBy: codeField('proposedBy').nullable().default(null),
    titleVi: text('titleVi', 1000),
    titleEn: text('titleEn', 1000),
  })
  .strict();
export type IssueDocumentPayload = z.input<typeof issueDocumentSchema>;
