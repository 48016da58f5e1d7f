import type { HistoryRow } from '../../projector/history';

export interface UnitView {
  readonly code: string;
  nameVi: string;
  nameEn: string;
  readonly kind: string;
  readonly parentCode: string | null;
  readonly statisticsCode: string | null;
  readonly districtType: string | null;
  mergedInto: string | null;
  mergedOn: string | null;
}

/** Units as of a window, in business order; a merged unit stays listed with its successor. */
export function foldUnits(rows: readonly HistoryRow[]): Map<string, UnitView> {
  const units = new Map<string, UnitView>();
  const ordered = [...rows].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : Number(a.position - b.position)));
  for (const r of ordered) {
    const p = r.payload;
    if (r.kind === 'registered') {
      units.set(r.subject, {
        code: r.subject,
        nameVi: p.nameVi as string,
        nameEn: p.nameEn as string,
        kind: p.kind as string,
        parentCode: (p.parentCode as string | null) ?? null,
        statisticsCode: (p.statisticsCode as string | null) ?? null,
        districtType: (p.districtType as string | null) ?? null,
        mergedInto: null,
        mergedOn: null,
      });
      continue;
    }
    const u = units.get(r.subject);
    if (!u) continue;
    if (r.kind === 'renamed') {
      u.nameVi = p.nameVi as string;
      u.nameEn = p.nameEn as string;
    } else if (r.kind === 'merged') {
      u.mergedInto = p.intoCode as string;
      u.mergedOn = r.effectiveDate;
    }
  }
  return units;
}

/** The unit and every unit merged into it (directly or through others) by the window's date. */
export function accountableCodes(units: ReadonlyMap<string, UnitView>, code: string): Set<string> {
  const codes = new Set([code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units.values()) {
      if (u.mergedInto && codes.has(u.mergedInto) && !codes.has(u.code)) {
        codes.add(u.code);
        grew = true;
      }
    }
  }
  return codes;
}
