import { z } from 'zod';
import { UNIT_KINDS } from '../../domain/unit.events';
import { codeField, oneOf, text } from '../schema-fields';

export const registerUnitSchema = z
  .object({
    code: codeField('code'),
    nameVi: text('nameVi', 300),
    nameEn: text('nameEn', 300),
    kind: oneOf('kind', UNIT_KINDS),
    parentCode: codeField('parentCode').nullable().default(null),
    statisticsCode: z.string().regex(/^\d{3}$/, 'statisticsCode must be the 3-digit national code').nullable().default(null),
    districtType: oneOf('districtType', ['quan', 'huyen', 'thi_xa']).nullable().default(null),
  })
  .strict();
export type RegisterUnitPayload = z.input<typeof registerUnitSchema>;
