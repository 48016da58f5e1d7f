import type { HistorySource } from '../../projector/history';
import { IndicatorStatusQuery, knownBound, type TimeWindow } from '../indicator-status/indicator-status.query';
import { countBy, horizonCounts, type GroupCounts, type HorizonCounts } from './program-summary.counts';
import { PROGRAM_HISTORY } from './program-summary.projection';

export interface ProgramSummary {
  readonly programId: string;
  readonly titleVi: string;
  readonly titleEn: string;
  readonly standingAgency: string;
  readonly asOf: string;
  readonly knownAt: string;
  readonly indicatorCount: number;
  readonly term: HorizonCounts;
  readonly annual: HorizonCounts & { readonly year: number };
  readonly byGroup: readonly (GroupCounts & { readonly nameVi: string; readonly nameEn: string })[];
  readonly byLeadUnit: readonly GroupCounts[];
  readonly reviewMeetings: readonly { meetingId: string; date: string; titleVi: string; titleEn: string }[];
}

interface Group {
  code: string;
  nameVi: string;
  nameEn: string;
}

/**
 * How many indicators stand where, on the term and on one plan year, as of a date and as known
 * at an instant. A program is found by what was known (knownAt) whatever the asOf date, so a
 * date before its launch gives a summary that counts nothing rather than a 404.
 */
export class ProgramSummaryQuery {
  private readonly indicators: IndicatorStatusQuery;

  constructor(private readonly source: HistorySource) {
    this.indicators = new IndicatorStatusQuery(source);
  }

  /** Whether the program was known at knownAt, whatever the business date. */
  async exists(programId: string, knownAt: Date | undefined): Promise<boolean> {
    const rows = await this.source.read(PROGRAM_HISTORY, { subjects: [programId], kinds: ['launched'], knownAt });
    return rows.length > 0;
  }

  async summary(programId: string, w: TimeWindow, year = Number(w.asOf.slice(0, 4))): Promise<ProgramSummary | null> {
    const rows = await this.source.read(PROGRAM_HISTORY, { subjects: [programId], knownAt: knownBound(w) });
    const launched = rows.find((r) => r.kind === 'launched');
    if (!launched) return null;
    const p = launched.payload;
    const views = await this.indicators.forProgram(programId, w, year);
    const groups = new Map((p.groups as Group[]).map((g) => [g.code, g]));
    return {
      programId,
      titleVi: p.titleVi as string,
      titleEn: p.titleEn as string,
      standingAgency: p.standingAgency as string,
      asOf: w.asOf,
      knownAt: w.knownAt.toISOString(),
      indicatorCount: views.length,
      term: horizonCounts(views.map((v) => v.term)),
      annual: { ...horizonCounts(views.map((v) => v.annual)), year },
      byGroup: countBy(views, (v) => v.group).map((g) => ({ ...g, nameVi: groups.get(g.key)?.nameVi ?? g.key, nameEn: groups.get(g.key)?.nameEn ?? g.key })),
      byLeadUnit: countBy(views, (v) => v.lead ?? '—'),
      reviewMeetings: rows
        .filter((r) => r.kind === 'meeting' && r.effectiveDate <= w.asOf)
        .map((r) => ({ meetingId: r.key, date: r.effectiveDate, titleVi: r.payload.titleVi as string, titleEn: r.payload.titleEn as string })),
    };
  }
}
