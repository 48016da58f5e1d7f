import { z } from 'zod';
import { codeField } from '@chitieu/organisation';

/** The reason travels in the command envelope. */
export const cancelTaskSchema = z.object({ directiveId: codeField('directiveId'), taskId: codeField('taskId') }).strict();
export type CancelTaskPayload = z.input<typeof cancelTaskSchema>;
