import { z } from 'zod';
import { finite, horizon, indicatorIdField } from '@chitieu/organisation';

/** oldValue guards against revising a target someone else changed meanwhile. */
export const reviseTargetSchema = z
  .object({ indicatorId: indicatorIdField(), horizon: horizon(), oldValue: finite('oldValue'), newValue: finite('newValue') })
  .strict();
export type ReviseTargetPayload = z.input<typeof reviseTargetSchema>;
