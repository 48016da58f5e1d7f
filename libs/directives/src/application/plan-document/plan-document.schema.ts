import { z } from 'zod';
import { codeField, oneOf, text } from '@chitieu/organisation';
import { DOCUMENT_KINDS } from '../../domain/document.events';

export const planDocumentSchema = z
  .object({
    documentId: codeField('documentId'),
    programId: codeField('programId'),
    kind: oneOf('kind', DOCUMENT_KINDS),
    plannedFor: z.string({ required_error: 'plannedFor is required' }).max(20, 'plannedFor must be a period such as 2023-H2 or a date'),
    proposedBy: codeField('proposedBy').nullable().default(null),
    titleVi: text('titleVi', 1000),
    titleEn: text('titleEn', 1000),
  })
  .strict();
export type PlanDocumentPayload = z.input<typeof planDocumentSchema>;
