import { z } from 'zod';
import { codeField, finite, indicatorIdField, list, optionalText } from '@chitieu/organisation';

export const breakdownSchema = list('breakdown', z.object({ unitCode: codeField('breakdown[].unitCode'), value: finite('breakdown[].value') }).strict(), 100);
export const reportValueSchema = z
  .object({
    indicatorId: indicatorIdField(),
    /** Optional: derived from the Idempotency-Key when absent, else random. */
    reportId: codeField('reportId').optional(),
    period: z.string({ required_error: 'period is required' }).max(20, 'period must be at most 20 characters'),
    value: finite('value'),
    quotedTarget: finite('quotedTarget').nullable().default(null),
    quotedPercent: finite('quotedPercent').nullable().default(null),
    breakdown: breakdownSchema.nullable().default(null),
    note: optionalText('note', 2000),
  })
  .strict();
export type ReportValuePayload = z.input<typeof reportValueSchema>;
