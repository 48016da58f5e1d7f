import type { AssessmentStatus, Comparator, Direction, IndicatorDefinition, MeasureType } from '@chitieu/monitoring';
import type { HistoryRow } from '../../projector/history';
import type { IndicatorFacts, ValueFact } from './indicator-status.facts';

export type { AssessmentFact, IndicatorFacts, TargetFact, ValueFact } from './indicator-status.facts';

const byBusinessTime = (a: HistoryRow, b: HistoryRow) =>
  a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : Number(a.position - b.position) || a.seq - b.seq;

/**
 * Definitions first (in recorded order: a revision means nothing before its definition), then
 * everything else in business order (a later-recorded fact about an earlier date slots in where
 * it belongs), then corrections in recorded order onto the reports they correct.
 */
export function foldIndicators(rows: readonly HistoryRow[]): Map<string, IndicatorFacts> {
  const out = new Map<string, IndicatorFacts>();
  const definitions = rows.filter((r) => r.kind === 'defined' || r.kind === 'revised');
  for (const r of definitions) applyDefinition(out, r);
  const business = rows.filter((r) => r.kind !== 'defined' && r.kind !== 'revised' && r.kind !== 'correction').sort(byBusinessTime);
  for (const r of business) {
    const s = out.get(r.subject);
    if (s) applyFact(s, r);
  }
  for (const r of rows.filter((r) => r.kind === 'correction')) {
    const s = out.get(r.subject);
    if (s) applyCorrection(s, r);
  }
  return out;
}

function applyDefinition(out: Map<string, IndicatorFacts>, r: HistoryRow): void {
  const p = r.payload;
  if (r.kind === 'defined') {
    out.set(r.subject, {
      id: r.subject,
      programId: p.programId as string,
      code: p.code as string,
      termStart: p.termStart as number,
      termEnd: p.termEnd as number,
      definition: pickDefinition(p),
      retiredOn: null,
      lead: null,
      coordinating: [],
      targets: new Map(),
      values: new Map(),
      assessments: new Map(),
    });
    return;
  }
  const s = out.get(r.subject);
  if (s) s.definition = { ...s.definition, ...(p.changes as Partial<IndicatorDefinition>) };
}

function pickDefinition(p: Record<string, unknown>): IndicatorDefinition {
  return {
    nameVi: p.nameVi as string,
    nameEn: p.nameEn as string,
    named: p.named as boolean,
    group: p.group as string,
    unitOfMeasure: p.unitOfMeasure as string,
    measureType: p.measureType as MeasureType,
    direction: p.direction as Direction,
    comparator: p.comparator as Comparator,
  };
}

function applyFact(s: IndicatorFacts, r: HistoryRow): void {
  const p = r.payload;
  switch (r.kind) {
    case 'retired':
      s.retiredOn = r.effectiveDate;
      return;
    case 'target':
      s.targets.set(r.key, { value: p.value as number, oldValue: (p.oldValue as number | null) ?? null, effectiveDate: r.effectiveDate, recordedAt: r.recordedAt });
      return;
    case 'assignment':
      s.lead = p.lead as string;
      s.coordinating = [...(p.coordinating as string[])];
      return;
    case 'transfer':
      applyTransfer(s, p.fromCode as string, p.toCode as string);
      return;
    case 'report':
      s.values.set(r.key, reportFact(r));
      return;
    case 'assessment':
      s.assessments.set(r.key, {
        status: p.status as AssessmentStatus,
        rationale: p.rationale as string,
        asOfDate: p.asOfDate as string,
        unit: (p.unit as string | null) ?? null,
        recordedAt: r.recordedAt,
      });
      return;
  }
}

/** A hand-over moves the lead or a coordinating seat from one unit to another, from its date. */
function applyTransfer(s: IndicatorFacts, from: string, to: string): void {
  if (s.lead === from) s.lead = to;
  s.coordinating = [...new Set(s.coordinating.map((c) => (c === from ? to : c)))].filter((c) => c !== s.lead);
}

function reportFact(r: HistoryRow): ValueFact {
  const p = r.payload;
  return {
    reportId: p.reportId as string,
    period: r.key,
    value: p.value as number,
    quotedPercent: (p.quotedPercent as number | null) ?? null,
    quotedTarget: (p.quotedTarget as number | null) ?? null,
    reportingUnit: p.reportingUnit as string,
    reportedOn: p.reportedOn as string,
    effectiveDate: r.effectiveDate,
    recordedAt: r.recordedAt,
    originalValue: p.value as number,
    corrections: 0,
  };
}

function applyCorrection(s: IndicatorFacts, r: HistoryRow): void {
  const current = s.values.get(r.key);
  if (!current || current.reportId !== r.payload.reportId) return;
  s.values.set(r.key, {
    ...current,
    value: r.payload.newValue as number,
    quotedPercent: (r.payload.newQuotedPercent as number | null) ?? null,
    recordedAt: r.recordedAt,
    corrections: current.corrections + 1,
  });
}
