import { z } from 'zod';
import { codeField } from '@chitieu/organisation';
import { taskSpecSchema } from '../task-spec.schema';

export const assignTaskSchema = z.object({ directiveId: codeField('directiveId'), task: taskSpecSchema }).strict();
export type AssignTaskPayload = z.input<typeof assignTaskSchema>;
