import { z } from 'zod';
import { codeField, documentRef, text } from '@chitieu/organisation';

export const completeTaskSchema = z
  .object({
    directiveId: codeField('directiveId'),
    taskId: codeField('taskId'),
    evidence: text('evidence', 4000),
    evidenceDocument: documentRef('evidenceDocument').nullable().default(null),
  })
  .strict();
export type CompleteTaskPayload = z.input<typeof completeTaskSchema>;
