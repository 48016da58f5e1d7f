import type { RecordedEvent } from '@chitieu/event-store';
import type { TableRow, TableSpec } from '../../projector/table';
import type { Projection } from '../../projector/projection';

export const AUDIT_TRAIL = 'rm_audit_trail';

export const auditTable: TableSpec = {
  name: AUDIT_TRAIL,
  columns: [
    ['position', 'bigint NOT NULL'],
    ['stream_id', 'text NOT NULL'],
    ['version', 'integer NOT NULL'],
    ['event_id', 'text NOT NULL'],
    ['event_type', 'text NOT NULL'],
    ['recorded_at', 'timestamptz NOT NULL'],
    ['occurred_at', 'text NOT NULL'],
    ['actor', 'text NOT NULL'],
    ['role', 'text NOT NULL'],
    ['unit', 'text'],
    ['reason', 'text'],
    ['document', 'jsonb'],
    ['subject', 'text'],
    ['change', 'jsonb'],
    ['correlation_id', 'text'],
  ],
  primaryKey: ['position'],
  indexes: [['subject', 'position'], ['recorded_at'], ['occurred_at'], ['unit', 'position'], ['event_type', 'position']],
};

type Data = Record<string, unknown>;
const pair = (old: unknown, next: unknown) => ({ old, new: next });

/** What an event changed, old -> new, for the events that replace a value rather than add one. */
export function changeOf(type: string, d: Data): Record<string, { old: unknown; new: unknown }> | null {
  switch (type) {
    case 'ValueCorrected':
      return { value: pair(d.oldValue, d.newValue), quotedPercent: pair(d.oldQuotedPercent, d.newQuotedPercent), breakdown: pair(d.oldBreakdown, d.newBreakdown) };
    case 'TargetRevised':
      return { [`target.${String(d.horizon)}`]: pair(d.oldValue, d.newValue) };
    case 'IndicatorRevised':
      return Object.fromEntries(Object.keys(d.changes as Data).map((k) => [k, pair((d.previous as Data)[k], (d.changes as Data)[k])]));
    case 'IndicatorReassigned':
      return { lead: pair(d.previousLead, d.lead), coordinating: pair(d.previousCoordinating, d.coordinating) };
    case 'TaskDeadlineExtended':
      return { dueDate: pair(d.oldDueDate, d.newDueDate) };
    case 'UnitRenamed':
      return { nameVi: pair(d.previousNameVi, d.nameVi), nameEn: pair(d.previousNameEn, d.nameEn) };
    default:
      return null;
  }
}

/** The thing an event is about, for "everything that happened to X". */
export function subjectOf(d: Data): string | null {
  const task = d.task as Data | undefined;
  const id = d.taskId ?? task?.taskId ?? d.indicatorId ?? d.directiveId ?? d.documentId ?? d.code ?? d.fromCode ?? d.programId;
  return typeof id === 'string' ? id : null;
}

/** Every event, one row each: who, when (both times), why, on which document, what changed. */
export function auditRow(e: RecordedEvent): TableRow {
  const d = (e.data ?? {}) as Data;
  const m = e.metadata;
  return {
    table: AUDIT_TRAIL,
    row: {
      position: e.position,
      stream_id: e.streamId,
      version: e.version,
      event_id: e.eventId,
      event_type: e.type,
      recorded_at: e.recordedAt,
      occurred_at: m.occurredAt,
      actor: m.actor,
      role: m.role,
      unit: m.unit,
      reason: m.reason,
      document: m.sourceDocument,
      subject: subjectOf(d),
      change: changeOf(e.type, d),
      correlation_id: m.correlationId,
    },
  };
}

export const auditTrailProjection: Projection = {
  name: 'audit-trail',
  tables: [auditTable],
  handles: ['*'],
  rowsFor: (event) => [auditRow(event)],
};
