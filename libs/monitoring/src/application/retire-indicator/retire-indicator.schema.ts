import { z } from 'zod';
import { indicatorIdField, isoDate } from '@chitieu/organisation';

/** The reason and the deciding document travel in the command envelope (reason, sourceDocument). */
export const retireIndicatorSchema = z.object({ indicatorId: indicatorIdField(), effectiveDate: isoDate('effectiveDate') }).strict();
export type RetireIndicatorPayload = z.input<typeof retireIndicatorSchema>;
