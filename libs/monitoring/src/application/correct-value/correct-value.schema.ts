import { z } from 'zod';
import { codeField, finite, indicatorIdField } from '@chitieu/organisation';
import { breakdownSchema } from '../report-value/report-value.schema';

/** Omitted newQuotedPercent / newBreakdown keep what the report had; the reason is in the envelope. */
export const correctValueSchema = z
  .object({
    indicatorId: indicatorIdField(),
    reportId: codeField('reportId'),
    newValue: finite('newValue'),
    newQuotedPercent: finite('newQuotedPercent').nullable().optional(),
    newBreakdown: breakdownSchema.nullable().optional(),
  })
  .strict();
export type CorrectValuePayload = z.input<typeof correctValueSchema>;
