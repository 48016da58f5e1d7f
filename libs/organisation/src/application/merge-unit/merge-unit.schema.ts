import { z } from 'zod';
import { codeField, isoDate } from '../schema-fields';

export const mergeUnitSchema = z.object({ code: codeField('code'), intoCode: codeField('intoCode'), effectiveDate: isoDate('effectiveDate') }).strict();
export type MergeUnitPayload = z.input<typeof mergeUnitSchema>;
