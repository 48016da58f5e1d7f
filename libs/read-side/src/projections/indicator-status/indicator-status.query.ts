import { compareViNumeric } from '@chitieu/kernel';
import type { HistoryRow, HistorySource } from '../../projector/history';
import { INDICATOR_HISTORY } from './indicator-status.projection';
import { foldIndicators, type IndicatorFacts } from './indicator-status.state';
import { indicatorView, type IndicatorStatusView } from './indicator-status.view';

/** A two-time window: business time up to asOf, system time up to knownAt. */
export interface TimeWindow {
  readonly asOf: string;
  readonly knownAt: Date;
  /**
   * No knownAt was asked for: everything recorded so far, not bounded by this server's clock (a
   * write just committed by a database whose clock runs ahead must still be read back).
   */
  readonly latest?: boolean;
}

export const knownBound = (w: TimeWindow): Date | undefined => (w.latest ? undefined : w.knownAt);

/**
 * Status queries in two indexed reads: the program's definitions (scope, both times), then the
 * facts of those indicators (subject, both times). Nothing is replayed from the event store.
 */
export class IndicatorStatusQuery {
  constructor(private readonly source: HistorySource) {}

  async facts(w: TimeWindow, select: { programId?: string; ids?: readonly string[] }): Promise<IndicatorFacts[]> {
    let ids = select.ids;
    if (!ids) {
      const defs = await this.source.read(INDICATOR_HISTORY, {
        kinds: ['defined'], asOf: w.asOf, knownAt: knownBound(w), ...(select.programId ? { scopes: [select.programId] } : {}),
      });
      ids = defs.map((d) => d.subject);
    }
    if (ids.length === 0) return [];
    const rows = await this.source.read(INDICATOR_HISTORY, { subjects: ids, asOf: w.asOf, knownAt: knownBound(w) });
    return [...foldIndicators(rows).values()];
  }

  /** Indicators of a program in force on asOf (defined by then, not retired by then). */
  async forProgram(programId: string, w: TimeWindow, year = Number(w.asOf.slice(0, 4))): Promise<IndicatorStatusView[]> {
    const facts = await this.facts(w, { programId });
    return facts.filter((f) => f.retiredOn === null).map((f) => indicatorView(f, year)).sort((a, b) => codeOrder(a.code, b.code));
  }

  async one(id: string, w: TimeWindow, year = Number(w.asOf.slice(0, 4))): Promise<IndicatorStatusView | null> {
    const [facts] = await this.facts(w, { ids: [id] });
    return facts ? indicatorView(facts, year) : null;
  }

  /** Every fact about an indicator that was known at knownAt, in recorded order. */
  async history(id: string, knownAt: Date | undefined): Promise<HistoryRow[]> {
    return this.source.read(INDICATOR_HISTORY, { subjects: [id], knownAt });
  }
}

/** "CT-2" before "CT-10". */
const codeOrder = compareViNumeric;
