import { z } from 'zod';
import { codeField } from '@chitieu/organisation';

/** Detected on the command's business date (occurredAt); the due date is the task's current one. */
export const markTaskOverdueSchema = z.object({ directiveId: codeField('directiveId'), taskId: codeField('taskId') }).strict();
export type MarkTaskOverduePayload = z.input<typeof markTaskOverdueSchema>;
