import { z } from 'zod';
import { horizon, indicatorIdField, isoDate, oneOf, text } from '@chitieu/organisation';
import { ASSESSMENT_STATUSES } from '../../domain/indicator.events';

export const assessIndicatorSchema = z
  .object({
    indicatorId: indicatorIdField(),
    horizon: horizon(),
    status: oneOf('status', ASSESSMENT_STATUSES),
    rationale: text('rationale', 4000),
    asOfDate: isoDate('asOfDate'),
  })
  .strict();
export type AssessIndicatorPayload = z.input<typeof assessIndicatorSchema>;
