import { ASSESSMENT_STATUSES } from '@chitieu/monitoring';
import { DomainError } from '@chitieu/kernel';
import { SqlHistorySource, type HistoryRow } from '../projector/history';
import type { Sql } from '../projector/sql';
import { DataQualityQuery } from '../projections/data-quality/data-quality.query';
import { FLAG_KINDS, type DataQualityFlag } from '../projections/data-quality/data-quality.rules';
import { DirectiveTrackerQuery, TASK_FILTERS, type TaskRow } from '../projections/directive-tracker/directive-tracker.query';
import type { DirectiveView } from '../projections/directive-tracker/directive-tracker.state';
import { IndicatorStatusQuery, knownBound, type TimeWindow } from '../projections/indicator-status/indicator-status.query';
import type { IndicatorStatusView } from '../projections/indicator-status/indicator-status.view';
import { ProgramSummaryQuery, type ProgramSummary } from '../projections/program-summary/program-summary.query';
import { UnitWorkloadQuery, type UnitWorkload } from '../projections/unit-workload/unit-workload.query';
import type { UnitView } from '../projections/unit-workload/unit-workload.state';
import { AuditTrailQuery, type AuditEntry } from '../projections/audit-trail/audit-trail.query';
import { LatestAnswerCache } from './latest-cache';
import { decodeCursor, encodeCursor } from './paging';
import { parseAsOf, parseLimit, parseEnum, parseKnownAt, parseMinPosition, parseText, parseYear, rejectUnknown, single, type QueryParams } from './params';

/** A history fact as the API shows it (positions as strings: JSON has no 64-bit integers). */
export type HistoryEntry = Omit<HistoryRow, 'position' | 'recordedAt'> & { position: string; recordedAt: string };

/** A whole filtered list, in its order, with how to key it for paging. */
export interface ListResult<T> {
  readonly asOf?: string;
  readonly knownAt: string;
  readonly items: T[];
  readonly keyOf: (item: T) => string[];
  /** Set for an 'as known now' answer: the kept object the items come from (serialise once). */
  readonly answer?: object;
}

export interface PositionWaiter {
  waitForPosition(minPosition: bigint, timeoutMs?: number): Promise<void>;
}

const TIME = ['asOf', 'knownAt', 'minPosition'];
const PAGING = ['cursor', 'limit'];
const notFound = (what: string, id: string, field = 'id') => new DomainError(`${what.toUpperCase()}.NOT_FOUND`, `No ${what} "${id}" is known`, 'not_found', field);
const pad = (n: string | number, width = 20) => n.toString().padStart(width, '0');

/**
 * The read API's use cases: parse and check the query parameters (a bad one is a 400 naming
 * it), wait for minPosition (read-your-writes), then ask the read models for the two-time window.
 */
export class ReadSideQueries {
  private readonly indicators: IndicatorStatusQuery;
  private readonly programs: ProgramSummaryQuery;
  private readonly directives: DirectiveTrackerQuery;
  private readonly units: UnitWorkloadQuery;
  private readonly quality: DataQualityQuery;
  private readonly audit: AuditTrailQuery;
  private readonly latest: LatestAnswerCache;

  constructor(sql: Sql, private readonly waiter: PositionWaiter | null) {
    this.audit = new AuditTrailQuery(sql);
    this.latest = new LatestAnswerCache(sql);
    const source = new SqlHistorySource(sql);
    this.indicators = new IndicatorStatusQuery(source);
    this.programs = new ProgramSummaryQuery(source);
    this.directives = new DirectiveTrackerQuery(source);
    this.units = new UnitWorkloadQuery(source);
    this.quality = new DataQualityQuery(source);
  }

  async window(q: QueryParams): Promise<TimeWindow> {
    const w = { asOf: parseAsOf(q), knownAt: parseKnownAt(q), latest: single(q, 'knownAt') === undefined };
    const min = parseMinPosition(q);
    if (min !== null && this.waiter) await this.waiter.waitForPosition(min);
    return w;
  }

  async programSummary(programId: string, q: QueryParams): Promise<ProgramSummary> {
    return (await this.programSummaryAnswer(programId, q)).summary;
  }

  /** The summary, and for an 'as known now' one the kept answer it was made from. */
  async programSummaryAnswer(programId: string, q: QueryParams): Promise<{ summary: ProgramSummary; answer?: object }> {
    rejectUnknown(q, [...TIME, 'year']);
    const w = await this.window(q);
    const year = parseYear(q, w.asOf);
    const compute = async () => {
      const summary = await this.programs.summary(programId, w, year);
      if (!summary) throw notFound('program', programId);
      return summary;
    };
    if (!w.latest) return { summary: await compute() };
    const s = await this.latest.get(`summary|${programId}|${w.asOf}|${year}`, compute);
    return { summary: { ...s, knownAt: w.knownAt.toISOString() }, answer: s };
  }

  async programIndicators(programId: string, q: QueryParams): Promise<ListResult<IndicatorStatusView>> {
    rejectUnknown(q, [...TIME, ...PAGING, 'year', 'group', 'unit', 'status', 'horizon']);
    const [group, unit] = [parseText(q, 'group'), parseText(q, 'unit')];
    const status = parseEnum(q, 'status', [...ASSESSMENT_STATUSES, 'no_status']);
    const horizon = parseEnum(q, 'horizon', ['term', 'annual'] as const) ?? 'annual';
    const w = await this.window(q);
    const year = parseYear(q, w.asOf);
    const compute = async () => {
      if (!(await this.programs.exists(programId, knownBound(w)))) throw notFound('program', programId);
      return this.indicators.forProgram(programId, w, year);
    };
    const all = w.latest ? await this.latest.get(`indicators|${programId}|${w.asOf}|${year}`, compute) : await compute();
    const items = all
      .filter((v) => !group || v.group === group)
      .filter((v) => !unit || v.lead === unit || v.coordinating.includes(unit))
      .filter((v) => !status || statusMatches(v[horizon].status, status));
    return { asOf: w.asOf, knownAt: w.knownAt.toISOString(), items, keyOf: (v) => [v.code, v.id], answer: w.latest ? all : undefined };
  }

  async indicator(id: string, q: QueryParams): Promise<IndicatorStatusView> {
    rejectUnknown(q, [...TIME, 'year']);
    const w = await this.window(q);
    const view = await this.indicators.one(id, w, parseYear(q, w.asOf));
    if (!view) throw notFound('indicator', id);
    return view;
  }

  async indicatorHistory(id: string, q: QueryParams): Promise<ListResult<HistoryEntry>> {
    rejectUnknown(q, ['knownAt', 'minPosition', ...PAGING]);
    const w = await this.window(q);
    const rows = await this.indicators.history(id, knownBound(w));
    if (rows.length === 0) throw notFound('indicator', id);
    const items = rows.map((r) => ({ ...r, position: r.position.toString(), recordedAt: r.recordedAt.toISOString() }));
    return { knownAt: w.knownAt.toISOString(), items, keyOf: (r) => [pad(r.position), pad(r.seq, 6)] };
  }

  async tasks(q: QueryParams): Promise<ListResult<TaskRow>> {
    rejectUnknown(q, [...TIME, ...PAGING, 'status', 'unit', 'program']);
    const filter = { status: parseEnum(q, 'status', TASK_FILTERS), unit: parseText(q, 'unit'), programId: parseText(q, 'program') };
    const w = await this.window(q);
    const items = await this.directives.tasks(w, filter);
    return { asOf: w.asOf, knownAt: w.knownAt.toISOString(), items, keyOf: (t) => [t.dueDate, t.directiveId, t.taskId] };
  }

  async directive(id: string, q: QueryParams): Promise<DirectiveView> {
    rejectUnknown(q, TIME);
    const d = await this.directives.one(id, await this.window(q));
    if (!d) throw notFound('directive', id);
    return d;
  }

  async unitList(q: QueryParams): Promise<ListResult<UnitView>> {
    rejectUnknown(q, [...TIME, ...PAGING]);
    const w = await this.window(q);
    return { asOf: w.asOf, knownAt: w.knownAt.toISOString(), items: await this.units.units(w), keyOf: (u) => [u.nameVi, u.code] };
  }

  async workload(code: string, q: QueryParams): Promise<UnitWorkload> {
    rejectUnknown(q, TIME);
    const wl = await this.units.workload(code, await this.window(q));
    if (!wl) throw notFound('unit', code, 'code');
    return wl;
  }

  async dataQuality(q: QueryParams): Promise<ListResult<DataQualityFlag>> {
    rejectUnknown(q, [...TIME, ...PAGING, 'program', 'kind', 'unit']);
    const filter = { programId: parseText(q, 'program'), kind: parseEnum(q, 'kind', FLAG_KINDS), unit: parseText(q, 'unit') };
    const w = await this.window(q);
    const items = await this.quality.flags(w, filter);
    return { asOf: w.asOf, knownAt: w.knownAt.toISOString(), items, keyOf: (f) => [f.indicatorId, f.period, f.kind, f.reportId] };
  }

  /** Every event in recorded order with both times, who, why, document and old -> new; keyset pages by position. */
  async auditTrail(q: QueryParams): Promise<AuditPage> {
    rejectUnknown(q, ['knownAt', 'minPosition', ...PAGING, 'subject', 'unit', 'type']);
    const limit = parseLimit(q);
    const cursor = single(q, 'cursor');
    const after = cursor ? decodeCursor(cursor) : undefined;
    if (after && (after.length !== 1 || !/^\d{1,19}$/.test(after[0]))) throw new DomainError('QUERY.INVALID_CURSOR', 'cursor is not one this API gave out', 'validation', 'cursor');
    const w = await this.window(q);
    const items = await this.audit.list({
      subject: parseText(q, 'subject'), unit: parseText(q, 'unit'), type: parseText(q, 'type'),
      knownAt: knownBound(w), after: after ? BigInt(after[0]) : undefined, limit: limit + 1,
    });
    const page = items.slice(0, limit);
    return { knownAt: w.knownAt.toISOString(), items: page, nextCursor: items.length > limit ? encodeCursor([page[page.length - 1].position]) : null };
  }
}

export interface AuditPage {
  readonly knownAt: string;
  readonly items: AuditEntry[];
  readonly nextCursor: string | null;
}

/** "met" asks for met and exceeded alike (đạt và vượt). */
function statusMatches(actual: string | null, wanted: string): boolean {
  if (wanted === 'no_status') return actual === null;
  if (wanted === 'met') return actual === 'met' || actual === 'exceeded';
  return actual === wanted;
}
