import { deciderSpec, testContext } from '../../../testing/src/decider-spec';
import { unitDecider } from './unit.decider';
import type { UnitEvent, UnitRegistered } from './unit.events';
import type { RegisterUnit } from './unit.commands';

const spec = deciderSpec(unitDecider, testContext());
const known = { SLDTBXH: { mergedInto: null }, Q001: { mergedInto: null }, OLD: { mergedInto: 'SLDTBXH' } };
const baDinh: RegisterUnit['data'] = {
  code: 'Q001', nameVi: 'Quận Ba Đình', nameEn: 'Ba Dinh District', kind: 'district', parentCode: null, statisticsCode: '001', districtType: 'quan',
};
const registered = (data: Partial<UnitRegistered['data']> = {}): UnitEvent => ({ type: 'UnitRegistered', data: { ...baDinh, ...data } });
const merged: UnitEvent = { type: 'UnitMerged', data: { code: 'Q001', intoCode: 'SLDTBXH', effectiveDate: '2023-07-01' } };

describe('Unit decider', () => {
  describe('RegisterUnit', () => {
    it('registers a district with its statistics code, storing names trimmed and NFC', () => {
      const decomposed = ' Quận Ba Đình '.normalize('NFD');
      spec.given([]).when({ type: 'RegisterUnit', data: { ...baDinh, nameVi: decomposed }, known }).then([registered()]);
    });
    it('rejects a code already registered', () => {
      spec.given([registered()]).when({ type: 'RegisterUnit', data: baDinh, known }).thenFails({ code: 'UNIT.ALREADY_EXISTS', kind: 'conflict', field: 'code' });
    });
    it('rejects a blank name', () => {
      spec.given([]).when({ type: 'RegisterUnit', data: { ...baDinh, nameVi: '   ' }, known }).thenFails({ code: 'INPUT.REQUIRED', field: 'nameVi' });
    });
    it('rejects a district without its type', () => {
      spec.given([]).when({ type: 'RegisterUnit', data: { ...baDinh, districtType: null }, known }).thenFails({ code: 'UNIT.DISTRICT_TYPE_MISMATCH', field: 'districtType' });
    });
    it('rejects a statistics code that is not 3 digits', () => {
      spec.given([]).when({ type: 'RegisterUnit', data: { ...baDinh, statisticsCode: '1' }, known }).thenFails({ code: 'UNIT.STATISTICS_CODE_INVALID', field: 'statisticsCode' });
    });
    it('rejects an unknown parent', () => {
      spec.given([]).when({ type: 'RegisterUnit', data: { ...baDinh, parentCode: 'NOPE' }, known }).thenFails({ code: 'UNIT.NOT_FOUND', field: 'parentCode' });
    });
    it('rejects a code with spaces', () => {
      spec.given([]).when({ type: 'RegisterUnit', data: { ...baDinh, code: 'Q 001' }, known }).thenFails({ code: 'UNIT.CODE_INVALID', field: 'code' });
    });
    it('refuses unit users, viewers and auditors', () => {
      const cmd = { type: 'RegisterUnit' as const, data: baDinh, known };
      spec.given([]).when(cmd, { role: 'unit', unit: 'Q001' }).thenFails({ code: 'AUTH.STAFF_ONLY', kind: 'forbidden' });
      spec.given([]).when(cmd, { role: 'viewer' }).thenFails({ code: 'AUTH.READ_ONLY_ROLE', kind: 'forbidden' });
      spec.given([]).when(cmd, { role: 'auditor' }).thenFails({ code: 'AUTH.READ_ONLY_ROLE', kind: 'forbidden' });
    });
    it('rejects a business date after today', () => {
      spec.given([]).when({ type: 'RegisterUnit', data: baDinh, known }, { occurredAt: '2023-08-03' }).thenFails({ code: 'COMMAND.DATE_IN_FUTURE', field: 'occurredAt' });
    });
  });

  describe('RenameUnit', () => {
    const rename = { type: 'RenameUnit' as const, data: { code: 'Q001', nameVi: 'Phường Ba Đình', nameEn: 'Ba Dinh Ward', effectiveDate: '2023-07-01' } };
    it('records the new and the previous names', () => {
      spec.given([registered()]).when(rename).then([{
        type: 'UnitRenamed',
        data: { code: 'Q001', nameVi: 'Phường Ba Đình', nameEn: 'Ba Dinh Ward', previousNameVi: 'Quận Ba Đình', previousNameEn: 'Ba Dinh District', effectiveDate: '2023-07-01' },
      }]);
    });
    it('rejects an unknown unit with 404', () => {
      spec.given([]).when(rename).thenFails({ code: 'UNIT.NOT_FOUND', kind: 'not_found' });
    });
    it('rejects the same name', () => {
      spec.given([registered()]).when({ ...rename, data: { ...rename.data, nameVi: 'Quận Ba Đình', nameEn: 'Ba Dinh District' } }).thenFails({ code: 'UNIT.NAME_UNCHANGED' });
    });
    it('rejects renaming a merged unit', () => {
      spec.given([registered(), merged]).when(rename).thenFails({ code: 'UNIT.MERGED', kind: 'conflict' });
    });
  });

  describe('MergeUnit', () => {
    const merge = { type: 'MergeUnit' as const, data: { code: 'Q001', intoCode: 'SLDTBXH', effectiveDate: '2023-07-01' }, known };
    it('merges into an active unit', () => {
      spec.given([registered()]).when(merge).then([merged]);
    });
    it('rejects merging into itself, into an unknown or a merged unit, or twice', () => {
      spec.given([registered()]).when({ ...merge, data: { ...merge.data, intoCode: 'Q001' } }).thenFails({ code: 'UNIT.MERGE_INTO_SELF', field: 'intoCode' });
      spec.given([registered()]).when({ ...merge, data: { ...merge.data, intoCode: 'NOPE' } }).thenFails({ code: 'UNIT.NOT_FOUND', field: 'intoCode' });
      spec.given([registered()]).when({ ...merge, data: { ...merge.data, intoCode: 'OLD' } }).thenFails({ code: 'UNIT.MERGED', field: 'intoCode' });
      spec.given([registered(), merged]).when(merge).thenFails({ code: 'UNIT.MERGED', field: 'code' });
    });
    it('rejects an effective date that is not a date', () => {
      spec.given([registered()]).when({ ...merge, data: { ...merge.data, effectiveDate: '2023-02-30' } }).thenFails({ code: 'INPUT.DATE_INVALID', field: 'effectiveDate' });
    });
  });

  describe('TransferResponsibilities', () => {
    const data = { fromCode: 'Q001', toCode: 'SLDTBXH', effectiveDate: '2023-07-01', indicatorIds: ['hn-08-2021.CT01'], taskIds: [] };
    it('hands the listed indicators on from the effective date', () => {
      spec.given([registered()]).when({ type: 'TransferResponsibilities', data, known }).then([{ type: 'ResponsibilitiesTransferred', data }]);
    });
    it('rejects an empty transfer, a transfer to itself and an unknown receiver', () => {
      spec.given([registered()]).when({ type: 'TransferResponsibilities', data: { ...data, indicatorIds: [] }, known }).thenFails({ code: 'UNIT.TRANSFER_EMPTY' });
      spec.given([registered()]).when({ type: 'TransferResponsibilities', data: { ...data, toCode: 'Q001' }, known }).thenFails({ code: 'UNIT.TRANSFER_TO_SELF' });
      spec.given([registered()]).when({ type: 'TransferResponsibilities', data: { ...data, toCode: 'X' }, known }).thenFails({ code: 'UNIT.NOT_FOUND', field: 'toCode' });
    });
    it('folds the hand-overs into state for the access policy', () => {
      const state = [registered(), { type: 'ResponsibilitiesTransferred', data } as UnitEvent, merged].reduce(unitDecider.evolve, unitDecider.initialState());
      expect(state.handovers).toEqual([
        { from: 'Q001', to: 'SLDTBXH', effectiveDate: '2023-07-01', indicatorIds: ['hn-08-2021.CT01'], taskIds: [] },
        { from: 'Q001', to: 'SLDTBXH', effectiveDate: '2023-07-01', indicatorIds: 'all', taskIds: 'all' },
      ]);
    });
  });
});
