import { z } from 'zod';
import { codeField, isoDate, text } from '../schema-fields';

export const renameUnitSchema = z
  .object({ code: codeField('code'), nameVi: text('nameVi', 300), nameEn: text('nameEn', 300), effectiveDate: isoDate('effectiveDate') })
  .strict();
export type RenameUnitPayload = z.input<typeof renameUnitSchema>;
