import { z } from 'zod';
import { codeField, finite, text } from '@chitieu/organisation';

export const reportTaskProgressSchema = z
  .object({ directiveId: codeField('directiveId'), taskId: codeField('taskId'), percent: finite('percent').nullable().default(null), note: text('note', 4000) })
  .strict();
export type ReportTaskProgressPayload = z.input<typeof reportTaskProgressSchema>;
