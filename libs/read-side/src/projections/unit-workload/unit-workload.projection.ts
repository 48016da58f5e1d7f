import type { RecordedEvent } from '@chitieu/event-store';
import type { UnitEvent } from '@chitieu/organisation';
import { historyRows, historyTable, type Fact } from '../../projector/history';
import type { Projection } from '../../projector/projection';

export const UNIT_HISTORY = 'rm_unit_history';

/**
 * Facts per unit (subject: unit code): UnitRegistered `registered` from its business date;
 * UnitRenamed `renamed` and UnitMerged `merged` from their effective dates. The workload itself
 * (indicators, tasks, reports) is read from the indicator-status and directive-tracker history
 * of the same window; hand-overs of single items live there (ResponsibilitiesTransferred).
 */
export function unitFacts(event: RecordedEvent): Fact[] {
  const e = event as unknown as UnitEvent;
  const payload = e.data as unknown as Record<string, unknown>;
  switch (e.type) {
    case 'UnitRegistered':
      return [{ kind: 'registered', subject: e.data.code, effectiveDate: event.metadata.occurredAt, payload }];
    case 'UnitRenamed':
      return [{ kind: 'renamed', subject: e.data.code, effectiveDate: e.data.effectiveDate, payload }];
    case 'UnitMerged':
      return [{ kind: 'merged', subject: e.data.code, scope: e.data.intoCode, effectiveDate: e.data.effectiveDate, payload }];
    case 'ResponsibilitiesTransferred':
      // Moves single indicators and tasks: recorded in their own read models' history.
      return [];
    default:
      return [];
  }
}

export const unitWorkloadProjection: Projection = {
  name: 'unit-workload',
  tables: [historyTable(UNIT_HISTORY)],
  handles: ['UnitRegistered', 'UnitRenamed', 'UnitMerged'],
  rowsFor: (event) => historyRows(UNIT_HISTORY, event, unitFacts(event)),
};
