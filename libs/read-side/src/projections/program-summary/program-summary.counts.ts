import { compareViNumeric } from '@chitieu/kernel';
import type { AssessmentStatus } from '@chitieu/monitoring';
import type { HorizonStatus, IndicatorStatusView } from '../indicator-status/indicator-status.view';

/** `met` counts exceeded too (đạt và vượt); `exceeded` is shown on its own as well. */
export interface StatusCounts {
  met: number;
  exceeded: number;
  on_track: number;
  striving: number;
  difficult: number;
  /** No assessment, and no value or no target to compute from. */
  no_status: number;
}

export interface HorizonCounts extends StatusCounts {
  /** The same indicators counted by computed status alone. */
  readonly computed: StatusCounts;
  /** How many of them carry an assessment of the standing agency. */
  readonly assessed: number;
}

export interface GroupCounts {
  readonly key: string;
  readonly indicatorCount: number;
  readonly term: StatusCounts;
  readonly annual: StatusCounts;
}

export const emptyCounts = (): StatusCounts => ({ met: 0, exceeded: 0, on_track: 0, striving: 0, difficult: 0, no_status: 0 });

function add(c: StatusCounts, s: AssessmentStatus | null): void {
  if (s === null) c.no_status += 1;
  else if (s === 'exceeded') {
    c.exceeded += 1;
    c.met += 1;
  } else c[s] += 1;
}

export function countStatuses(statuses: readonly (AssessmentStatus | null)[]): StatusCounts {
  const c = emptyCounts();
  statuses.forEach((s) => add(c, s));
  return c;
}

export function horizonCounts(horizons: readonly HorizonStatus[]): HorizonCounts {
  return {
    ...countStatuses(horizons.map((h) => h.status)),
    computed: countStatuses(horizons.map((h) => h.computed)),
    assessed: horizons.filter((h) => h.assessed !== null).length,
  };
}

/** Counts per group or per lead unit, keys in Vietnamese order. */
export function countBy(views: readonly IndicatorStatusView[], keyOf: (v: IndicatorStatusView) => string): GroupCounts[] {
  const groups = new Map<string, IndicatorStatusView[]>();
  for (const v of views) groups.set(keyOf(v), [...(groups.get(keyOf(v)) ?? []), v]);
  return [...groups.entries()]
    .sort(([a], [b]) => compareViNumeric(a, b))
    .map(([key, vs]) => ({
      key,
      indicatorCount: vs.length,
      term: countStatuses(vs.map((v) => v.term.status)),
      annual: countStatuses(vs.map((v) => v.annual.status)),
    }));
}
