import { z } from 'zod';
import { codeField, isoDate } from '@chitieu/organisation';

/** The reason travels in the command envelope. */
export const extendTaskDeadlineSchema = z.object({ directiveId: codeField('directiveId'), taskId: codeField('taskId'), newDueDate: isoDate('newDueDate') }).strict();
export type ExtendTaskDeadlinePayload = z.input<typeof extendTaskDeadlineSchema>;
