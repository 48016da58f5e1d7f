import type { UnitRegistered } from './unit.events';
import type { KnownUnits } from './access.policy';

/** Unit commands. `known` is filled by the handler from the other units' streams. */
export type RegisterUnit = {
  type: 'RegisterUnit';
  /** What the event records (one definition keeps them in step). */
  data: UnitRegistered['data'];
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
