import { z } from 'zod';
import { codeField, documentRef, isoDate, list, text } from '@chitieu/organisation';
import { taskSpecSchema } from '../task-spec.schema';

export const issueDirectiveSchema = z
  .object({
    directiveId: codeField('directiveId'),
    programId: codeField('programId'),
    document: documentRef('document'),
    issuer: text('issuer', 300),
    titleVi: text('titleVi', 500),
    titleEn: text('titleEn', 500),
    summary: text('summary', 4000),
    issuedOn: isoDate('issuedOn'),
    tasks: list('tasks', taskSpecSchema, 100).default([]),
  })
  .strict();
export type IssueDirectivePayload = z.input<typeof issueDirectiveSchema>;
