import { compareVi } from '@chitieu/kernel';
import type { HistorySource } from '../../projector/history';
import { isLate, reportDeadline } from '../data-quality/data-quality.rules';
import { DirectiveTrackerQuery } from '../directive-tracker/directive-tracker.query';
import { isOpen } from '../directive-tracker/directive-tracker.state';
import { IndicatorStatusQuery, knownBound, type TimeWindow } from '../indicator-status/indicator-status.query';
import { UNIT_HISTORY } from './unit-workload.projection';
import { accountableCodes, foldUnits, type UnitView } from './unit-workload.state';

/** An open task due within this many days of asOf (and not yet overdue) is due soon. */
export const DUE_SOON_DAYS = 14;

export interface UnitWorkload {
  readonly unit: UnitView;
  readonly asOf: string;
  readonly knownAt: string;
  /** The unit and the units merged into it by asOf: their work is its work from the merger on. */
  readonly accountableFor: readonly string[];
  readonly indicators: { readonly led: readonly string[]; readonly coordinated: readonly string[] };
  readonly tasks: { readonly open: number; readonly dueSoon: number; readonly overdue: number; readonly completed: number; readonly items: readonly { taskId: string; directiveId: string; dueDate: string; status: string; overdue: boolean; role: 'lead' | 'coordinating' }[] };
  readonly reports: { readonly submitted: number; readonly late: number; readonly lateItems: readonly { indicatorId: string; period: string; reportedOn: string; deadline: string | null }[] };
}

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export class UnitWorkloadQuery {
  private readonly indicators: IndicatorStatusQuery;
  private readonly directives: DirectiveTrackerQuery;

  constructor(private readonly source: HistorySource) {
    this.indicators = new IndicatorStatusQuery(source);
    this.directives = new DirectiveTrackerQuery(source);
  }

  /** Units known at knownAt, with names as of asOf, in Vietnamese order. */
  async units(w: TimeWindow): Promise<UnitView[]> {
    const rows = await this.source.read(UNIT_HISTORY, { asOf: w.asOf, knownAt: knownBound(w) });
    return [...foldUnits(rows).values()].sort((a, b) => compareVi(a.nameVi, b.nameVi) || compareVi(a.code, b.code));
  }

  async workload(code: string, w: TimeWindow): Promise<UnitWorkload | null> {
    const units = foldUnits(await this.source.read(UNIT_HISTORY, { asOf: w.asOf, knownAt: knownBound(w) }));
    const unit = units.get(code);
    if (!unit) return null;
    const codes = accountableCodes(units, code);
    const facts = await this.indicators.facts(w, {});
    const tasks = (await this.directives.tasks(w)).filter((t) => codes.has(t.lead) || t.coordinating.some((c) => codes.has(c)));
    const open = tasks.filter(isOpen);
    const reports = facts.flatMap((f) => [...f.values.values()].filter((v) => codes.has(v.reportingUnit)).map((v) => ({ indicatorId: f.id, ...v })));
    const late = reports.filter(isLate);
    return {
      unit,
      asOf: w.asOf,
      knownAt: w.knownAt.toISOString(),
      accountableFor: [...codes],
      indicators: {
        led: facts.filter((f) => f.lead !== null && codes.has(f.lead)).map((f) => f.id),
        coordinated: facts.filter((f) => f.coordinating.some((c) => codes.has(c))).map((f) => f.id),
      },
      tasks: {
        open: open.length,
        dueSoon: open.filter((t) => !t.overdue && t.dueDate <= addDays(w.asOf, DUE_SOON_DAYS)).length,
        overdue: open.filter((t) => t.overdue).length,
        completed: tasks.filter((t) => t.status === 'completed').length,
        items: tasks.map((t) => ({ taskId: t.taskId, directiveId: t.directiveId, dueDate: t.dueDate, status: t.status, overdue: t.overdue, role: codes.has(t.lead) ? 'lead' : 'coordinating' })),
      },
      reports: {
        submitted: reports.length,
        late: late.length,
        lateItems: late.map((v) => ({ indicatorId: v.indicatorId, period: v.period, reportedOn: v.reportedOn, deadline: reportDeadline(v.period) })),
      },
    };
  }
}
