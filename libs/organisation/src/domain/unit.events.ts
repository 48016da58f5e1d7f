import type { DomainEvent } from '@chitieu/kernel';

export const UNIT_KINDS = ['department', 'district', 'committee', 'agency', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
/** District-level subtypes before the 2025 reorganisation. */
export type DistrictType = 'quan' | 'huyen' | 'thi_xa';

export type UnitRegistered = DomainEvent<'UnitRegistered', {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: UnitKind;
  parentCode: string | null;
  /** National statistics code for district-level units, e.g. "001" for Ba Đình. */
  statisticsCode: string | null;
  districtType: DistrictType | null;
}>;
export type UnitRenamed = DomainEvent<'UnitRenamed', {
  code: string;
  nameVi: string;
  nameEn: string;
  previousNameVi: string;
  previousNameEn: string;
  effectiveDate: string;
}>;
/** The unit ceases from effectiveDate; its responsibilities pass to intoCode from then on. */
export type UnitMerged = DomainEvent<'UnitMerged', { code: string; intoCode: string; effectiveDate: string }>;
/** Part of a unit's responsibilities pass to another from effectiveDate (history stays with the first). */
export type ResponsibilitiesTransferred = DomainEvent<'ResponsibilitiesTransferred', {
  fromCode: string;
  toCode: string;
  effectiveDate: string;
  indicatorIds: string[];
  taskIds: string[];
}>;

export type UnitEvent = UnitRegistered | UnitRenamed | UnitMerged | ResponsibilitiesTransferred;
export const unitStreamId = (code: string) => `unit-${code}`;
