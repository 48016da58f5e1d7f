import type { RecordedEvent } from '@chitieu/event-store';
import type { ProgramEvent } from '@chitieu/monitoring';
import { historyRows, historyTable, type Fact } from '../../projector/history';
import type { Projection } from '../../projector/projection';

export const PROGRAM_HISTORY = 'rm_program_history';

/**
 * ProgramLaunched: `launched` (title, term, standing agency, indicator groups), from its business
 * date. ReviewMeetingHeld: `meeting`, from the meeting date. The counts themselves are not
 * stored: they are computed from indicator-status history for the (asOf, knownAt) asked.
 */
export function programFacts(event: RecordedEvent): Fact[] {
  const e = event as unknown as ProgramEvent;
  switch (e.type) {
    case 'ProgramLaunched':
      return [{ kind: 'launched', subject: e.data.programId, scope: e.data.programId, effectiveDate: event.metadata.occurredAt, payload: e.data }];
    case 'ReviewMeetingHeld':
      return [{ kind: 'meeting', subject: e.data.programId, scope: e.data.programId, key: e.data.meetingId, effectiveDate: e.data.date, payload: e.data }];
    default:
      return [];
  }
}

export const programSummaryProjection: Projection = {
  name: 'program-summary',
  tables: [historyTable(PROGRAM_HISTORY)],
  handles: ['ProgramLaunched', 'ReviewMeetingHeld'],
  rowsFor: (event) => historyRows(PROGRAM_HISTORY, event, programFacts(event)),
};
