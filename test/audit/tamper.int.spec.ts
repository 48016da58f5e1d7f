import { randomUUID } from 'node:crypto';
import { chainHash, type PostgresEventStore } from '@chitieu/event-store';
import { onEachEngine } from '@chitieu/testing';
import { firstProblem, verifyLog } from '@chitieu/audit';
import { freshStore, meta, rehashStream, rowOf, seedLog, swapPositions } from './audit-fixture';

onEachEngine('verify: tampering in SQL is found at its place', (ctx) => {
  let store: PostgresEventStore;
  beforeEach(async () => {
    store = await freshStore(ctx.db());
    await seedLog(store);
  });

  it('given an honest log, every chain verifies', async () => {
    const report = await verifyLog(store);
    expect(report).toMatchObject({ ok: true, eventsChecked: 12, streamsChecked: 3, chainFaults: [] });
    expect(firstProblem(report)).toBeNull();
  });

  it('when a reported value is changed, then that event is a hash mismatch', async () => {
    const target = await rowOf(ctx.db(), 'indicator-p08.CT02', 3);
    await ctx.db().pool.query(`UPDATE events SET data = jsonb_set(data, '{value}', '999999') WHERE position = $1`, [target.position.toString()]);
    const report = await verifyLog(store);
    expect(report.ok).toBe(false);
    expect(report.chainFaults).toEqual([expect.objectContaining({ kind: 'hash_mismatch', streamId: 'indicator-p08.CT02', version: 3, position: target.position.toString(), eventId: target.eventId })]);
  });

  it('when the actor in the metadata is changed, then that event is a hash mismatch', async () => {
    const target = await rowOf(ctx.db(), 'unit-007', 2);
    await ctx.db().pool.query(`UPDATE events SET metadata = jsonb_set(metadata, '{actor}', '"someone-else"') WHERE position = $1`, [target.position.toString()]);
    const report = await verifyLog(store);
    expect(report.chainFaults).toEqual([expect.objectContaining({ kind: 'hash_mismatch', streamId: 'unit-007', version: 2, position: target.position.toString() })]);
  });

  it('when an event is deleted, then its successor names the missing version', async () => {
    const gone = await rowOf(ctx.db(), 'indicator-p08.CT01', 2);
    const next = await rowOf(ctx.db(), 'indicator-p08.CT01', 3);
    await ctx.db().pool.query('DELETE FROM events WHERE position = $1', [gone.position.toString()]);
    const report = await verifyLog(store);
    expect(report.chainFaults[0]).toMatchObject({ kind: 'gap', streamId: 'indicator-p08.CT01', version: 3, position: next.position.toString(), expected: '2' });
    expect(report.chainFaults[0].message).toContain('deleted');
  });

  it('when two events of a stream swap positions, then it is a reordering at the first of them', async () => {
    const v2 = await rowOf(ctx.db(), 'unit-007', 2);
    const v3 = await rowOf(ctx.db(), 'unit-007', 3);
    await swapPositions(ctx.db(), v2.position, v3.position);
    const report = await verifyLog(store);
    expect(report.chainFaults[0]).toMatchObject({ kind: 'reorder', streamId: 'unit-007', version: 3, position: v2.position.toString() });
    expect(report.chainFaults[0].message).toContain(`version 2, which is at position ${v3.position}`);
  });

  it('when a forged event with a correct hash is inserted mid-stream, then the next event no longer links to it', async () => {
    const db = ctx.db();
    const v2 = await rowOf(db, 'indicator-p08.CT01', 2);
    const v3 = await rowOf(db, 'indicator-p08.CT01', 3);
    await db.pool.query("UPDATE events SET version = version + 1000 WHERE stream_id = 'indicator-p08.CT01' AND version >= 3");
    await db.pool.query("UPDATE events SET version = version - 999 WHERE stream_id = 'indicator-p08.CT01' AND version >= 1000");
    const forged = { streamId: v2.streamId, version: 3, eventId: randomUUID(), type: 'ValueReported', data: { indicatorId: 'p08.CT01', period: '2023-Q2', value: 5 }, metadata: meta('intruder', 'SYT'), recordedAt: new Date(v2.recordedAt.getTime() + 1) };
    const hash = chainHash(v2.hash, forged);
    await db.pool.query(
      'INSERT INTO events (position, stream_id, version, event_id, type, data, metadata, recorded_at, hash, prev_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
      [(v2.position + 1n).toString(), forged.streamId, 3, forged.eventId, forged.type, forged.data, forged.metadata, forged.recordedAt, Buffer.from(hash, 'hex'), Buffer.from(v2.hash, 'hex')],
    );
    const report = await verifyLog(store);
    expect(report.chainFaults[0]).toMatchObject({ kind: 'broken_link', streamId: 'indicator-p08.CT01', version: 4, position: v3.position.toString(), expected: hash, actual: v2.hash });
    expect(report.chainFaults[0].message).toContain(`event ${forged.eventId} at position ${v2.position + 1n}`);
  });

  it('when a stream is rewritten with every hash recomputed, then the chains pass and only a digest can tell', async () => {
    const target = await rowOf(ctx.db(), 'indicator-p08.CT02', 2);
    await ctx.db().pool.query(`UPDATE events SET data = jsonb_set(data, '{value}', '1') WHERE position = $1`, [target.position.toString()]);
    await rehashStream(ctx.db(), 'indicator-p08.CT02');
    expect((await verifyLog(store)).ok).toBe(true);
  });
});
