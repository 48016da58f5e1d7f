import { z } from 'zod';
import { indicatorIdField } from '@chitieu/organisation';
import { indicatorDefinitionShape } from '../define-indicator/define-indicator.schema';

export const reviseIndicatorSchema = z
  .object({ indicatorId: indicatorIdField(), changes: z.object(indicatorDefinitionShape).partial().strict('changes has an unknown field') })
  .strict();
export type ReviseIndicatorPayload = z.input<typeof reviseIndicatorSchema>;
