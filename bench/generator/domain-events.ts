import type { NewEvent } from '@chitieu/event-store';
import type { EventMetadata } from '@chitieu/kernel';
import { Prng } from './prng';
import * as vocab from './vocabulary';

export interface GeneratedEvent {
  readonly streamId: string;
  readonly event: NewEvent;
}

interface LastReport {
  readonly reportId: string;
  readonly period: string;
  readonly value: number;
}

const INDICATORS_PER_PROGRAM = 27;
const TERM_START = Date.UTC(2021, 0, 15);
const TERM_DAYS = 1811; // 2021-01-15 .. 2025-12-31
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * Indicator histories of a national roll-out: one program per province (p01-08-2021, ...), 27
 * indicators each, every stream opened by its definition, term target and assignment, then
 * mostly monthly reports with district breakdowns, some corrections and assessments. Business
 * dates advance with the count of events, so a million events span the 2021-2025 term.
 * Data ~300 B and metadata ~150 B of canonical JSON, as the product's own reports.
 */
export class DomainEventGenerator {
  private readonly rng: Prng;
  private readonly versions = new Map<number, number>();
  private readonly lastReports = new Map<number, LastReport>();
  private emitted = 0;

  constructor(seed: number, private readonly streamCount: number, private readonly plannedTotal = 1_000_000) {
    this.rng = new Prng(seed);
  }

  static streamId(index: number): string {
    return `indicator-${DomainEventGenerator.indicatorId(index)}`;
  }

  static indicatorId(index: number): string {
    const program = Math.floor(index / INDICATORS_PER_PROGRAM) + 1;
    return `p${pad(program, 2)}-08-2021.CT${pad((index % INDICATORS_PER_PROGRAM) + 1, 2)}`;
  }

  /** The next event of the whole history, on a stream picked at random. */
  next(): GeneratedEvent {
    const index = this.rng.int(0, this.streamCount - 1);
    return { streamId: DomainEventGenerator.streamId(index), event: this.nextOf(index) };
  }

  /** The next event of one stream: what a writer that owns the stream records. */
  nextOf(index: number): NewEvent {
    const version = this.versions.get(index) ?? 0;
    this.versions.set(index, version + 1);
    const on = this.businessDate();
    this.emitted += 1;
    const indicatorId = DomainEventGenerator.indicatorId(index);
    if (version === 0) return this.event('IndicatorDefined', this.definition(indicatorId), on, 'secretariat');
    if (version === 1) return this.event('TargetSet', { indicatorId, horizon: 'term', value: this.rng.int(40, 99) }, on, 'secretariat');
    if (version === 2) return this.event('IndicatorAssigned', this.assignment(indicatorId, on), on, 'secretariat');
    const roll = this.rng.next();
    const last = this.lastReports.get(index);
    if (roll < 0.08 && last) return this.event('ValueCorrected', this.correction(indicatorId, last), on, 'unit', this.rng.pick(vocab.CORRECTION_REASONS));
    if (roll < 0.14) return this.event('IndicatorAssessed', this.assessment(indicatorId, on), on, 'secretariat');
    return this.event('ValueReported', this.report(index, indicatorId, on), on, 'unit');
  }

  private businessDate(): string {
    const day = Math.min(TERM_DAYS, Math.floor((this.emitted / this.plannedTotal) * TERM_DAYS));
    return new Date(TERM_START + day * 86_400_000).toISOString().slice(0, 10);
  }

  private event(type: string, data: object, on: string, role: 'unit' | 'secretariat', reason: string | null = null): NewEvent {
    const unit = role === 'unit' ? this.rng.pick(vocab.DISTRICT_CODES) : 'SLDTBXH';
    const withDocument = this.rng.chance(0.1);
    const metadata: EventMetadata = {
      actor: `${role === 'unit' ? 'cb' : 'tt'}-${unit.toLowerCase()}-${this.rng.int(1, 40)}`,
      role,
      unit,
      correlationId: this.rng.uuid(),
      causationId: null,
      reason,
      sourceDocument: withDocument
        ? { issuer: this.rng.pick(vocab.ISSUERS), number: `${this.rng.int(1, 999)}/${this.rng.pick(vocab.DOCUMENT_SYMBOLS)}`, date: on }
        : null,
      occurredAt: on,
    };
    return { eventId: this.rng.uuid(), type, data, metadata };
  }

  private definition(indicatorId: string): object {
    const [nameVi, nameEn, unitOfMeasure, measureType, comparator] = this.rng.pick(vocab.INDICATOR_NAMES);
    const [programId, code] = indicatorId.split('.');
    return {
      indicatorId, programId, code, nameVi, nameEn, named: true, group: code < 'CT16' ? 'G1' : 'G2', unitOfMeasure, measureType,
      direction: comparator === 'lt' ? 'lower_is_better' : 'higher_is_better', comparator, termStart: 2021, termEnd: 2025,
    };
  }

  private assignment(indicatorId: string, on: string): object {
    return { indicatorId, lead: this.rng.pick(vocab.DEPARTMENTS), coordinating: [this.rng.pick(vocab.DEPARTMENTS), 'CTK'], effectiveDate: on };
  }

  private report(index: number, indicatorId: string, on: string): object {
    const value = Math.round(this.rng.next() * 200_000) / 100;
    const period = this.rng.chance(0.7) ? on.slice(0, 7) : `cum:${on}`;
    const reportId = `bc-${this.rng.uuid().slice(0, 13)}`;
    this.lastReports.set(index, { reportId, period, value });
    const breakdown = Array.from({ length: this.rng.int(1, 3) }, () => ({ unitCode: this.rng.pick(vocab.DISTRICT_CODES), value: this.rng.int(10, 9000) }));
    return {
      indicatorId, reportId, period, value, quotedTarget: this.rng.chance(0.5) ? 162000 : null,
      quotedPercent: this.rng.chance(0.5) ? Math.round(this.rng.next() * 10_000) / 100 : null,
      breakdown, note: this.rng.pick(vocab.REPORT_NOTES), reportingUnit: this.rng.pick(vocab.DISTRICT_CODES),
    };
  }

  private correction(indicatorId: string, last: LastReport): object {
    const newValue = Math.round(last.value * (0.9 + this.rng.next() * 0.2) * 100) / 100;
    return {
      indicatorId, reportId: last.reportId, period: last.period, oldValue: last.value, newValue,
      oldQuotedPercent: null, newQuotedPercent: null, oldBreakdown: null, newBreakdown: null,
    };
  }

  private assessment(indicatorId: string, on: string): object {
    const status = this.rng.pick(['exceeded', 'met', 'on_track', 'striving', 'difficult']);
    return { indicatorId, horizon: this.rng.chance(0.5) ? 'term' : on.slice(0, 4), status, rationale: this.rng.pick(vocab.ASSESSMENT_RATIONALES), asOfDate: on };
  }
}
