import { parsePeriod, type Period } from '@chitieu/kernel';
import { computeStatus, pickValueForHorizon, type AssessmentStatus, type Horizon } from '@chitieu/monitoring';
import { flagsFor, type DataQualityFlag } from '../data-quality/data-quality.rules';
import type { AssessmentFact, IndicatorFacts, TargetFact, ValueFact } from './indicator-status.state';

/** Where an indicator stands against one horizon: computed and assessed side by side. */
export interface HorizonStatus {
  readonly horizon: Horizon;
  readonly target: number | null;
  /** The period whose value the computation used. */
  readonly period: string | null;
  readonly value: number | null;
  readonly progress: number | null;
  readonly expectedShare: number | null;
  readonly computed: AssessmentStatus | null;
  readonly assessed: AssessmentFact | null;
  /** The standing agency's assessment when one exists as of the date, else the computed status. */
  readonly status: AssessmentStatus | null;
}

export interface IndicatorStatusView {
  readonly id: string;
  readonly programId: string;
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly named: boolean;
  readonly group: string;
  readonly unitOfMeasure: string;
  readonly measureType: string;
  readonly direction: string;
  readonly comparator: string;
  readonly lead: string | null;
  readonly coordinating: readonly string[];
  readonly retiredOn: string | null;
  readonly term: HorizonStatus;
  readonly annual: HorizonStatus & { readonly year: number };
  readonly targets: Record<string, TargetFact>;
  readonly values: readonly (ValueFact & { readonly periodEnd: string })[];
  readonly flags: readonly DataQualityFlag[];
}

type Dated = ValueFact & { period: string; periodEnd: string; parsed: Period };

function datedValues(f: IndicatorFacts): Dated[] {
  const out: Dated[] = [];
  for (const v of f.values.values()) {
    try {
      const parsed = parsePeriod(v.period);
      out.push({ ...v, parsed, periodEnd: parsed.end });
    } catch {
      // A period the decider should have refused has no place on a horizon; data quality shows it.
    }
  }
  return out.sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0));
}

export function horizonStatus(f: IndicatorFacts, horizon: Horizon, values = datedValues(f)): HorizonStatus {
  const target = f.targets.get(horizon)?.value ?? null;
  const picked = pickValueForHorizon(values.map((v) => ({ ...v, period: v.parsed, key: v.period })), horizon, { start: f.termStart, end: f.termEnd });
  const assessed = f.assessments.get(horizon) ?? null;
  const computed = picked && target !== null ? computeStatus({ ...f.definition, value: picked.value, target, period: picked.period, horizon }) : null;
  return {
    horizon,
    target,
    period: picked?.key ?? null,
    value: picked?.value ?? null,
    progress: computed?.progress ?? null,
    expectedShare: computed?.expectedShare ?? null,
    computed: computed?.status ?? null,
    assessed,
    status: assessed?.status ?? computed?.status ?? null,
  };
}

export function indicatorView(f: IndicatorFacts, year: number): IndicatorStatusView {
  const values = datedValues(f);
  return {
    id: f.id,
    programId: f.programId,
    code: f.code,
    ...f.definition,
    lead: f.lead,
    coordinating: f.coordinating,
    retiredOn: f.retiredOn,
    term: horizonStatus(f, 'term', values),
    annual: { ...horizonStatus(f, `${year}`, values), year },
    targets: Object.fromEntries(f.targets),
    values: values.map(({ parsed: _parsed, ...v }) => v),
    flags: flagsFor(f),
  };
}
