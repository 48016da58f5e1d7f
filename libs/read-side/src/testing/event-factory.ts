import type { NewEvent, RecordedEvent } from '@chitieu/event-store';
import type { EventMetadata, Role } from '@chitieu/kernel';
import type { IndicatorDefinition } from '@chitieu/monitoring';

export interface At {
  /** Business date, YYYY-MM-DD. */
  readonly on: string;
  /** Recorded instant; defaults to noon UTC of the business date. */
  readonly recorded?: string;
  readonly actor?: string;
  readonly role?: Role;
  readonly unit?: string | null;
  readonly reason?: string | null;
}

const streamOf = (type: string, data: Record<string, unknown>): string => {
  const id = data.indicatorId ?? data.directiveId ?? data.programId ?? data.code ?? data.fromCode ?? data.documentId;
  return `${type.replace(/[A-Z][a-z]+$/, '').toLowerCase() || 'x'}-${String(id)}`;
};

/**
 * Builds recorded events for specs, positions increasing from 1 in the order written: test data
 * is made of events, never of rows.
 */
export class EventFactory {
  private position = 0n;
  private readonly versions = new Map<string, number>();

  metadata(at: At): EventMetadata {
    return {
      actor: at.actor ?? 'sec-1',
      role: at.role ?? 'secretariat',
      unit: at.unit === undefined ? 'SLDTBXH' : at.unit,
      correlationId: `c-${this.position}`,
      causationId: null,
      reason: at.reason ?? null,
      sourceDocument: null,
      occurredAt: at.on,
    };
  }

  newEvent(type: string, data: Record<string, unknown>, at: At): NewEvent {
    return { eventId: `e-${type}-${Math.random().toString(36).slice(2)}`, type, data, metadata: this.metadata(at) };
  }

  event(type: string, data: Record<string, unknown>, at: At): RecordedEvent {
    this.position += 1n;
    const streamId = streamOf(type, data);
    const version = (this.versions.get(streamId) ?? 0) + 1;
    this.versions.set(streamId, version);
    return {
      ...this.newEvent(type, data, at),
      streamId,
      version,
      position: this.position,
      recordedAt: new Date(at.recorded ?? `${at.on}T12:00:00.000Z`),
      hash: 'h',
      prevHash: null,
    };
  }
}

export const jobsDefinition: IndicatorDefinition = {
  nameVi: 'Số lao động được tạo việc làm mới',
  nameEn: 'New jobs created',
  named: true,
  group: 'ASXH',
  unitOfMeasure: 'người',
  measureType: 'count',
  direction: 'higher_is_better',
  comparator: 'gte',
};

export const unemploymentDefinition: IndicatorDefinition = {
  nameVi: 'Tỷ lệ thất nghiệp khu vực thành thị',
  nameEn: 'Urban unemployment rate',
  named: true,
  group: 'ASXH',
  unitOfMeasure: '%',
  measureType: 'percent',
  direction: 'lower_is_better',
  comparator: 'lt',
};

export const defined = (programId: string, code: string, def: IndicatorDefinition = jobsDefinition) => ({
  ...def,
  indicatorId: `${programId}.${code}`,
  programId,
  code,
  termStart: 2021,
  termEnd: 2025,
});
