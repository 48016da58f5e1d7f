import { randomUUID } from 'node:crypto';
import { createDatabase, runMigrations } from '@chitieu/database';
import { eventStoreMigrations, PostgresEventStore, type NewEvent } from '@chitieu/event-store';
import { READ_SIDE_MIGRATIONS } from '@chitieu/read-side';

const meta = (occurredAt: string, unit: string | null = null) => ({
  actor: unit ? `user-${unit}` : 'sec-1', role: unit ? ('unit' as const) : ('secretariat' as const), unit,
  correlationId: randomUUID(), causationId: null, reason: null, sourceDocument: null, occurredAt,
});
const ev = (type: string, data: Record<string, unknown>, occurredAt: string, unit: string | null = null): NewEvent => ({ eventId: randomUUID(), type, data, metadata: meta(occurredAt, unit) });

/**
 * Migrates a fresh database and appends a backlog of `indicators` indicators with units and
 * `reportsEach` reports each: enough batches for a projector to be killed in the middle of.
 */
export async function appendBacklog(databaseUrl: string, indicators: number, reportsEach: number): Promise<number> {
  const database = await createDatabase({ databaseUrl, dataDir: 'unused', poolSize: 4 });
  const store = new PostgresEventStore(database);
  try {
    for (const set of [eventStoreMigrations, READ_SIDE_MIGRATIONS]) await runMigrations(database, set);
    let count = 0;
    for (let i = 1; i <= indicators; i++) {
      const unit = `Q${String(i).padStart(3, '0')}`;
      const id = `p08.CT${String(i).padStart(2, '0')}`;
      await store.append(`unit-${unit}`, [ev('UnitRegistered', { code: unit, nameVi: `Quận ${i}`, nameEn: `District ${i}`, kind: 'district', parentCode: null, statisticsCode: null, districtType: 'quan' }, '2021-01-05')], { expectedVersion: 'no_stream' });
      const events = [
        ev('IndicatorDefined', { indicatorId: id, programId: 'p08', code: `CT${String(i).padStart(2, '0')}`, nameVi: `Chỉ tiêu ${i}`, nameEn: `Indicator ${i}`, named: false, group: 'ASXH', unitOfMeasure: 'người', measureType: 'count', direction: 'higher_is_better', comparator: 'gte', termStart: 2021, termEnd: 2025 }, '2021-03-20'),
        ev('TargetSet', { indicatorId: id, horizon: 'term', value: 10_000 }, '2021-03-20'),
        ev('IndicatorAssigned', { indicatorId: id, lead: unit, coordinating: [], effectiveDate: '2021-04-01' }, '2021-04-01'),
      ];
      await store.append(`indicator-${id}`, events, { expectedVersion: 'no_stream' });
      for (let r = 0; r < reportsEach; r++) await store.append(`indicator-${id}`, [reportEvent(i, r)], { expectedVersion: 3 + r });
      count += 4 + reportsEach;
    }
    return count;
  } finally {
    await store.close();
    await database.close();
  }
}

function reportEvent(indicator: number, r: number): NewEvent {
  const unit = `Q${String(indicator).padStart(3, '0')}`;
  const day = new Date(Date.UTC(2021, 3, 1) + r * 86_400_000).toISOString().slice(0, 10);
  const data = { indicatorId: `p08.CT${String(indicator).padStart(2, '0')}`, reportId: `r${r}`, period: `cum:${day}`, value: 100 * r, quotedTarget: null, quotedPercent: null, breakdown: null, note: null, reportingUnit: unit };
  return ev('ValueReported', data, day, unit);
}

/** Appends reports `from`..`from + count - 1` to each of the first `indicators` indicators of the backlog. */
export async function appendMoreReports(databaseUrl: string, indicators: number, from: number, count: number): Promise<number> {
  const database = await createDatabase({ databaseUrl, dataDir: 'unused', poolSize: 2 });
  const store = new PostgresEventStore(database);
  try {
    for (let i = 1; i <= indicators; i++) {
      for (let r = from; r < from + count; r++) await store.append(`indicator-p08.CT${String(i).padStart(2, '0')}`, [reportEvent(i, r)], { expectedVersion: 'any' });
    }
    return indicators * count;
  } finally {
    await store.close();
    await database.close();
  }
}
