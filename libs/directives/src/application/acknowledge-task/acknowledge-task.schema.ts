import { z } from 'zod';
import { codeField, optionalText } from '@chitieu/organisation';

export const acknowledgeTaskSchema = z.object({ directiveId: codeField('directiveId'), taskId: codeField('taskId'), note: optionalText('note', 2000) }).strict();
export type AcknowledgeTaskPayload = z.input<typeof acknowledgeTaskSchema>;
