import { z } from 'zod';
import { codeField, indicatorIdField, isoDate, list } from '@chitieu/organisation';

export const assignIndicatorSchema = z
  .object({
    indicatorId: indicatorIdField(),
    lead: codeField('lead'),
    coordinating: list('coordinating', codeField('coordinating[]'), 50).default([]),
    effectiveDate: isoDate('effectiveDate'),
  })
  .strict();
export type AssignIndicatorPayload = z.input<typeof assignIndicatorSchema>;
