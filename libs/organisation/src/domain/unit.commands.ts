import type { DistrictType, UnitKind } from './unit.events';
import type { KnownUnits } from './access.policy';

/** Unit commands. `known` is filled by the handler from the other units' streams. */
export type RegisterUnit = {
  type: 'RegisterUnit';
  data: {
    code: string;
    nameVi: string;
    nameEn: string;
    kind: UnitKind;
    parentCode: string | null;
    statisticsCode: string | null;
    districtType: DistrictType | null;
  };
  known: KnownUnits;
};
export type RenameUnit = { type: 'RenameUnit'; data: { code: string; nameVi: string; nameEn: string; effectiveDate: string } };
export type MergeUnit = { type: 'MergeUnit'; data: { code: string; intoCode: string; effectiveDate: string }; known: KnownUnits };
export type TransferResponsibilities = {
  type: 'TransferResponsibilities';
  data: { fromCode: string; toCode: string; effectiveDate: string; indicatorIds: string[]; taskIds: string[] };
  known: KnownUnits;
};
export type UnitCommand = RegisterUnit | RenameUnit | MergeUnit | TransferResponsibilities;
