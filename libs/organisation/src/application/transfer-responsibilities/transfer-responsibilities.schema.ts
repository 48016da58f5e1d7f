import { z } from 'zod';
import { codeField, indicatorIdField, isoDate, list } from '../schema-fields';

export const transferResponsibilitiesSchema = z
  .object({
    fromCode: codeField('fromCode'),
    toCode: codeField('toCode'),
    effectiveDate: isoDate('effectiveDate'),
    indicatorIds: list('indicatorIds', indicatorIdField('indicatorIds[]'), 200).default([]),
    taskIds: list('taskIds', codeField('taskIds[]'), 200).default([]),
  })
  .strict();
export type TransferResponsibilitiesPayload = z.input<typeof transferResponsibilitiesSchema>;
