import { z } from 'zod';
import { codeField, oneOf, text } from '@chitieu/organisation';
import { MEASURE_TYPES } from '../../domain/indicator.events';

/** The definition fields, shared with ReviseIndicator's `changes`. */
export const indicatorDefinitionShape = {
  nameVi: text('nameVi', 500),
  nameEn: text('nameEn', 500),
  named: z.boolean({ required_error: 'named is required', invalid_type_error: 'named must be true or false' }),
  group: codeField('group'),
  unitOfMeasure: text('unitOfMeasure', 100),
  measureType: oneOf('measureType', MEASURE_TYPES),
  direction: oneOf('direction', ['higher_is_better', 'lower_is_better']),
  comparator: oneOf('comparator', ['gte', 'gt', 'lte', 'lt']),
};
export const defineIndicatorSchema = z.object({ programId: codeField('programId'), code: codeField('code'), ...indicatorDefinitionShape }).strict();
export type DefineIndicatorPayload = z.input<typeof defineIndicatorSchema>;
