import type { z } from 'zod';
import { assignIndicatorSchema } from '../assign-indicator/assign-indicator.schema';

export const reassignIndicatorSchema = assignIndicatorSchema;
export type ReassignIndicatorPayload = z.input<typeof reassignIndicatorSchema>;
