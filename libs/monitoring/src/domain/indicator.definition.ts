import { DomainError, type CommandContext } from '@chitieu/kernel';
import { requireActiveUnits, requireStaff } from '../../../organisation/src/domain/access.policy';
import { code, isoDate, requireDocument, requireReason, requiredText } from '../../../organisation/src/domain/input-rules';
import type { AssignIndicator, DefineIndicator, ProgramFacts, ReassignIndicator, ReviseIndicator } from './indicator.commands';
import { MEASURE_TYPES, indicatorId, type IndicatorDefinition, type IndicatorEvent } from './indicator.events';
import { activeIndicator, checkComparator } from './indicator.rules';
import type { IndicatorState } from './indicator.state';

/** Defining, revising, retiring and assigning indicators: the standing agency's work. */
function normaliseDefinition(d: IndicatorDefinition, program: ProgramFacts): IndicatorDefinition {
  if (!program.groupCodes.includes(d.group)) {
    throw new DomainError('INDICATOR.GROUP_UNKNOWN', `group ${d.group} is not one of the program's groups (${program.groupCodes.join(', ')})`, 'unprocessable', 'group');
  }
  if (!(MEASURE_TYPES as readonly string[]).includes(d.measureType)) {
    throw new DomainError('INDICATOR.MEASURE_TYPE_INVALID', `measureType must be one of ${MEASURE_TYPES.join(', ')}`, 'validation', 'measureType');
  }
  checkComparator(d.direction, d.comparator);
  return {
    ...d,
    nameVi: requiredText(d.nameVi, 'nameVi', 500),
    nameEn: requiredText(d.nameEn, 'nameEn', 500),
    unitOfMeasure: requiredText(d.unitOfMeasure, 'unitOfMeasure', 100),
  };
}

function programOrFail(program: ProgramFacts | null, programId: string): ProgramFacts {
  if (!program) throw new DomainError('PROGRAM.NOT_FOUND', `Program ${programId} does not exist`, 'unprocessable', 'programId');
  return program;
}

export function define(c: DefineIndicator, s: IndicatorState, context: CommandContext): IndicatorEvent[] {
  requireStaff(context, 'define indicators');
  const { programId, code: rawCode, ...definition } = c.data;
  const indicatorCode = code(rawCode, 'code', 'INDICATOR.CODE_INVALID');
  const id = indicatorId(programId, indicatorCode);
  if (s.indicatorId) throw new DomainError('INDICATOR.DUPLICATE_CODE', `Indicator ${id} already exists`, 'conflict', 'code');
  const program = programOrFail(c.program, programId);
  const def = normaliseDefinition(definition, program);
  const data = { indicatorId: id, programId, code: indicatorCode, termStart: program.termStart, termEnd: program.termEnd, ...def };
  return [{ type: 'IndicatorDefined', data }];
}

export function revise(c: ReviseIndicator, s: IndicatorState, context: CommandContext): IndicatorEvent[] {
  requireStaff(context, 'revise indicators');
  const ind = activeIndicator(s, c.data.indicatorId);
  const program = programOrFail(c.program, ind.programId);
  const merged = normaliseDefinition({ ...ind.definition, ...c.data.changes }, program);
  const keys = (Object.keys(c.data.changes) as (keyof IndicatorDefinition)[]).filter((k) => merged[k] !== ind.definition[k]);
  if (keys.length === 0) throw new DomainError('INDICATOR.NO_CHANGE', 'changes must alter at least one field', 'unprocessable', 'changes');
  const pick = (from: IndicatorDefinition) => Object.fromEntries(keys.map((k) => [k, from[k]])) as Partial<IndicatorDefinition>;
  return [{ type: 'IndicatorRevised', data: { indicatorId: c.data.indicatorId, changes: pick(merged), previous: pick(ind.definition) } }];
}

export function retire(indicatorIdValue: string, effectiveDate: string, s: IndicatorState, context: CommandContext): IndicatorEvent[] {
  requireStaff(context, 'retire indicators');
  activeIndicator(s, indicatorIdValue);
  requireReason(context, 'INDICATOR.RETIRE_REASON_REQUIRED', 'Retiring an indicator');
  requireDocument(context, 'INDICATOR.RETIRE_DOCUMENT_REQUIRED', 'Retiring an indicator');
  return [{ type: 'IndicatorRetired', data: { indicatorId: indicatorIdValue, effectiveDate: isoDate(effectiveDate, 'effectiveDate') } }];
}

function checkAssignment(c: AssignIndicator | ReassignIndicator) {
  const { lead, coordinating } = c.data;
  if (coordinating.includes(lead)) {
    throw new DomainError('ASSIGNMENT.LEAD_ALSO_COORDINATING', `${lead} cannot both lead and coordinate`, 'validation', 'coordinating');
  }
  if (new Set(coordinating).size !== coordinating.length) {
    throw new DomainError('ASSIGNMENT.DUPLICATE_UNIT', 'coordinating names a unit twice', 'validation', 'coordinating');
  }
  requireActiveUnits([lead], c.known, 'lead');
  requireActiveUnits(coordinating, c.known, 'coordinating');
  return { indicatorId: c.data.indicatorId, lead, coordinating, effectiveDate: isoDate(c.data.effectiveDate, 'effectiveDate') };
}

export function assign(c: AssignIndicator | ReassignIndicator, s: IndicatorState, context: CommandContext): IndicatorEvent[] {
  requireStaff(context, 'assign indicators');
  activeIndicator(s, c.data.indicatorId);
  const data = checkAssignment(c);
  const last = s.assignments[s.assignments.length - 1];
  if (c.type === 'AssignIndicator') {
    if (last) throw new DomainError('ASSIGNMENT.ALREADY_ASSIGNED', 'The indicator is assigned already; reassign it instead', 'conflict', 'indicatorId');
    return [{ type: 'IndicatorAssigned', data }];
  }
  if (!last) throw new DomainError('ASSIGNMENT.NOT_ASSIGNED', 'The indicator has no assignment to change; assign it first', 'conflict', 'indicatorId');
  if (data.effectiveDate < last.effectiveDate) {
    throw new DomainError('ASSIGNMENT.EFFECTIVE_BEFORE_PREVIOUS', `effectiveDate must not precede the current assignment's (${last.effectiveDate})`, 'unprocessable', 'effectiveDate');
  }
  const same = last.lead === data.lead && [...last.coordinating].sort().join() === [...data.coordinating].sort().join();
  if (same) throw new DomainError('ASSIGNMENT.UNCHANGED', 'The indicator already has exactly these units', 'unprocessable', 'lead');
  return [{ type: 'IndicatorReassigned', data: { ...data, previousLead: last.lead, previousCoordinating: [...last.coordinating] } }];
}
