import { DomainError, assertNever, type CommandContext, type Decider } from '@chitieu/kernel';
import { requireActiveUnits, requireStaff, type Handover } from './access.policy';
import { checkBusinessDate, code, decideSafely, isoDate, requiredText } from './input-rules';
import type { RegisterUnit, TransferResponsibilities, UnitCommand } from './unit.commands';
import type { UnitEvent, UnitKind } from './unit.events';

export interface UnitState {
  readonly code: string | null;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly kind: UnitKind | null;
  readonly mergedInto: { code: string; effectiveDate: string } | null;
  /** Everything this unit handed on, for the access policy of the other contexts. */
  readonly handovers: Handover[];
}

const initialState = (): UnitState => ({ code: null, nameVi: '', nameEn: '', kind: null, mergedInto: null, handovers: [] });

function evolve(state: UnitState, event: UnitEvent): UnitState {
  switch (event.type) {
    case 'UnitRegistered':
      return { ...state, code: event.data.code, nameVi: event.data.nameVi, nameEn: event.data.nameEn, kind: event.data.kind };
    case 'UnitRenamed':
      return { ...state, nameVi: event.data.nameVi, nameEn: event.data.nameEn };
    case 'UnitMerged': {
      const h: Handover = { from: event.data.code, to: event.data.intoCode, effectiveDate: event.data.effectiveDate, indicatorIds: 'all', taskIds: 'all' };
      return { ...state, mergedInto: { code: event.data.intoCode, effectiveDate: event.data.effectiveDate }, handovers: [...state.handovers, h] };
    }
    case 'ResponsibilitiesTransferred': {
      const t = event.data;
      const h: Handover = { from: t.fromCode, to: t.toCode, effectiveDate: t.effectiveDate, indicatorIds: t.indicatorIds, taskIds: t.taskIds };
      return { ...state, handovers: [...state.handovers, h] };
    }
    default:
      return assertNever(event);
  }
}

const notFound = (c: string) => new DomainError('UNIT.NOT_FOUND', `Unit ${c} is not registered`, 'not_found', 'code');

function existing(state: UnitState, c: string): UnitState {
  if (!state.code) throw notFound(c);
  if (state.mergedInto) {
    throw new DomainError('UNIT.MERGED', `Unit ${c} was merged into ${state.mergedInto.code} on ${state.mergedInto.effectiveDate}`, 'conflict', 'code');
  }
  return state;
}

function register(c: RegisterUnit, state: UnitState): UnitEvent[] {
  const d = c.data;
  if (state.code) throw new DomainError('UNIT.ALREADY_EXISTS', `Unit ${d.code} is already registered`, 'conflict', 'code');
  const isDistrict = d.kind === 'district';
  if (isDistrict !== (d.districtType !== null)) {
    throw new DomainError('UNIT.DISTRICT_TYPE_MISMATCH', 'districtType is required for districts and only for them', 'validation', 'districtType');
  }
  if (d.statisticsCode !== null && !/^\d{3}$/.test(d.statisticsCode)) {
    throw new DomainError('UNIT.STATISTICS_CODE_INVALID', 'statisticsCode is the 3-digit national code, e.g. "001"', 'validation', 'statisticsCode');
  }
  if (d.parentCode !== null) requireActiveUnits([d.parentCode], c.known, 'parentCode');
  const data = {
    ...d,
    code: code(d.code, 'code', 'UNIT.CODE_INVALID'),
    nameVi: requiredText(d.nameVi, 'nameVi', 300),
    nameEn: requiredText(d.nameEn, 'nameEn', 300),
  };
  return [{ type: 'UnitRegistered', data }];
}

function transfer(c: TransferResponsibilities, state: UnitState): UnitEvent[] {
  const d = c.data;
  existing(state, d.fromCode);
  if (d.toCode === d.fromCode) throw new DomainError('UNIT.TRANSFER_TO_SELF', 'toCode must differ from fromCode', 'validation', 'toCode');
  requireActiveUnits([d.toCode], c.known, 'toCode');
  if (d.indicatorIds.length + d.taskIds.length === 0) {
    throw new DomainError('UNIT.TRANSFER_EMPTY', 'Name at least one indicator or task to transfer', 'validation', 'indicatorIds');
  }
  return [{ type: 'ResponsibilitiesTransferred', data: { ...d, effectiveDate: isoDate(d.effectiveDate, 'effectiveDate') } }];
}

function decideUnit(c: UnitCommand, state: UnitState, context: CommandContext): UnitEvent[] {
  requireStaff(context, 'record units');
  checkBusinessDate(context);
  switch (c.type) {
    case 'RegisterUnit':
      return register(c, state);
    case 'RenameUnit': {
      const s = existing(state, c.data.code);
      const nameVi = requiredText(c.data.nameVi, 'nameVi', 300);
      const nameEn = requiredText(c.data.nameEn, 'nameEn', 300);
      if (nameVi === s.nameVi && nameEn === s.nameEn) throw new DomainError('UNIT.NAME_UNCHANGED', 'The unit already has this name', 'unprocessable', 'nameVi');
      const effectiveDate = isoDate(c.data.effectiveDate, 'effectiveDate');
      return [{ type: 'UnitRenamed', data: { code: c.data.code, nameVi, nameEn, previousNameVi: s.nameVi, previousNameEn: s.nameEn, effectiveDate } }];
    }
    case 'MergeUnit': {
      existing(state, c.data.code);
      if (c.data.intoCode === c.data.code) throw new DomainError('UNIT.MERGE_INTO_SELF', 'intoCode must differ from code', 'validation', 'intoCode');
      requireActiveUnits([c.data.intoCode], c.known, 'intoCode');
      return [{ type: 'UnitMerged', data: { ...c.data, effectiveDate: isoDate(c.data.effectiveDate, 'effectiveDate') } }];
    }
    case 'TransferResponsibilities':
      return transfer(c, state);
    default:
      return assertNever(c);
  }
}

export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState> = {
  initialState,
  evolve,
  decide: (c, s, ctx) => decideSafely(() => decideUnit(c, s, ctx)),
};
