import { compareViNumeric } from '@chitieu/kernel';
import type { HistorySource } from '../../projector/history';
import { IndicatorStatusQuery, type TimeWindow } from '../indicator-status/indicator-status.query';
import { flagsFor, type DataQualityFlag, type FlagKind } from './data-quality.rules';

/**
 * data-quality handles no event of its own: it reads the indicator-status history of the asked
 * window and applies the rules in data-quality.rules.ts to every visible report.
 */
export class DataQualityQuery {
  private readonly indicators: IndicatorStatusQuery;

  constructor(source: HistorySource) {
    this.indicators = new IndicatorStatusQuery(source);
  }

  async flags(w: TimeWindow, filter: { programId?: string; kind?: FlagKind; unit?: string } = {}): Promise<DataQualityFlag[]> {
    const facts = await this.indicators.facts(w, filter.programId ? { programId: filter.programId } : {});
    return facts
      .flatMap(flagsFor)
      .filter((fl) => (!filter.kind || fl.kind === filter.kind) && (!filter.unit || fl.reportingUnit === filter.unit))
      .sort((a, b) => compareViNumeric(a.indicatorId, b.indicatorId) || a.period.localeCompare(b.period) || a.kind.localeCompare(b.kind));
  }
}
