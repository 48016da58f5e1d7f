import { z } from 'zod';
import { finite, horizon, indicatorIdField } from '@chitieu/organisation';

export const setTargetSchema = z.object({ indicatorId: indicatorIdField(), horizon: horizon(), value: finite('value') }).strict();
export type SetTargetPayload = z.input<typeof setTargetSchema>;
