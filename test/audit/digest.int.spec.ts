import type { PostgresEventStore } from '@chitieu/event-store';
import { onEachEngine } from '@chitieu/testing';
import { DIGEST_STREAM, firstProblem, parseDigest, proveInclusion, sealDigest, verifyInclusion, verifyLog } from '@chitieu/audit';
import { freshStore, rehashStream, rowOf, seedLog, swapPositions } from './audit-fixture';

onEachEngine('digests: what was published stays provable', (ctx) => {
  let store: PostgresEventStore;
  let published: string;
  beforeEach(async () => {
    store = await freshStore(ctx.db());
    await seedLog(store);
    published = (await sealDigest(store, { now: () => new Date('2023-08-02T09:00:00Z') })).text;
    await seedLog(store, 1, 5); // later activity, outside the digest
  });

  it('given a seal, it is recorded as an event and its text names position, count and root', async () => {
    const [sealed] = await store.readStream(DIGEST_STREAM);
    expect(sealed).toMatchObject({ type: 'DigestSealed', metadata: { actor: 'system:audit-sealer', role: 'system' } });
    expect(published).toMatch(/^chitieu-digest:v1:\d+:12:[0-9a-f]{64}$/);
    expect(sealed.data).toMatchObject({ text: published, eventCount: 12, algorithm: 'rfc6962-sha256', sealedAt: '2023-08-02T09:00:00.000Z' });
  });

  it('given nothing new since the last seal, sealing again records nothing', async () => {
    const again = await sealDigest(store);
    const second = await sealDigest(store);
    expect(second).toMatchObject({ text: again.text, recorded: null });
    expect(await store.readStream(DIGEST_STREAM)).toHaveLength(2);
  });

  it('given an honest log, the published digest and the recorded seal verify', async () => {
    const report = await verifyLog(store, { published: [parseDigest(published)] });
    expect(report.ok).toBe(true);
    expect(report.digests.map((d) => [d.source, d.ok])).toEqual([['log', true], ['published', true]]);
  });

  it('when a stream is rewritten with recomputed hashes, then the digest fails and names the stretch', async () => {
    const target = await rowOf(ctx.db(), 'indicator-p08.CT02', 4);
    await ctx.db().pool.query(`UPDATE events SET data = jsonb_set(data, '{value}', '1') WHERE position = $1`, [target.position.toString()]);
    await rehashStream(ctx.db(), 'indicator-p08.CT02');
    const report = await verifyLog(store, { published: [parseDigest(published)] });
    expect(report.chainFaults).toEqual([]);
    const check = report.digests.find((d) => d.source === 'published')!;
    expect(check).toMatchObject({ ok: false, actualCount: 12 });
    // 12 = 8 + 4: the fourth round (events 9-12) holds the rewritten event.
    expect(check.firstDifference).toEqual({ fromEvent: 9, toEvent: 12, sealedFromPosition: expect.any(String) });
    expect(firstProblem(report)).toContain('not the same ones');
  });

  it('when the last events the digest covered are dropped, then the digest counts them missing and says where', async () => {
    const last = await rowOf(ctx.db(), 'unit-007', 4);
    const beforeLast = await rowOf(ctx.db(), 'indicator-p08.CT02', 4);
    await ctx.db().pool.query('DELETE FROM events WHERE position IN ($1, $2)', [last.position.toString(), beforeLast.position.toString()]);
    const report = await verifyLog(store, { published: [parseDigest(published)] });
    const check = report.digests.find((d) => d.source === 'published')!;
    expect(check).toMatchObject({ ok: false, actualCount: 10 });
    expect(check.message).toContain('the digest covered 12: 2 missing');
    expect(check.firstDifference).toMatchObject({ fromEvent: 9, toEvent: 12 });
  });

  it('when events of two streams swap positions, then the chains pass but the digest does not', async () => {
    const a = await rowOf(ctx.db(), 'indicator-p08.CT01', 1);
    const b = await rowOf(ctx.db(), 'indicator-p08.CT02', 1);
    await swapPositions(ctx.db(), a.position, b.position);
    const report = await verifyLog(store, { published: [parseDigest(published)] });
    expect(report.chainFaults).toEqual([]);
    expect(report.digests.find((d) => d.source === 'published')).toMatchObject({ ok: false, firstDifference: { fromEvent: 1, toEvent: 8 } });
  });

  it('given an event under a digest, its inclusion proof verifies on its own', async () => {
    const e = await rowOf(ctx.db(), 'indicator-p08.CT02', 3);
    const proof = await proveInclusion(store, e.eventId, parseDigest(published));
    expect(proof).toMatchObject({ verified: true, contentMatches: true, treeSize: 12, leafIndex: 7, position: e.position.toString() });
    const path = proof.path.map((p) => Buffer.from(p, 'hex'));
    expect(verifyInclusion(Buffer.from(proof.leaf, 'hex'), proof.leafIndex, proof.treeSize, path, Buffer.from(proof.root, 'hex'))).toBe(true);
  });

  it('when the proven event is changed, then its proof no longer verifies', async () => {
    const e = await rowOf(ctx.db(), 'indicator-p08.CT02', 3);
    await ctx.db().pool.query(`UPDATE events SET metadata = jsonb_set(metadata, '{actor}', '"x"') WHERE position = $1`, [e.position.toString()]);
    expect(await proveInclusion(store, e.eventId, parseDigest(published))).toMatchObject({ verified: false, contentMatches: false });
  });

  it('given an event after the digest, asking for its proof is refused by name', async () => {
    const later = await rowOf(ctx.db(), 'indicator-p08.CT01', 5);
    await expect(proveInclusion(store, later.eventId, parseDigest(published))).rejects.toMatchObject({ code: 'AUDIT.EVENT_NOT_COVERED', field: 'eventId' });
  });

  it('given an empty log, sealing is refused by name and records nothing', async () => {
    await ctx.db().pool.query('TRUNCATE events');
    await expect(sealDigest(store)).rejects.toMatchObject({ code: 'AUDIT.NOTHING_TO_SEAL' });
    expect(await store.readStream(DIGEST_STREAM)).toEqual([]);
  });

  it('given a malformed digest text, it is refused naming the digest', () => {
    expect(() => parseDigest('chitieu-digest:v1:12:zz')).toThrow(expect.objectContaining({ code: 'AUDIT.DIGEST_MALFORMED', field: 'digest' }));
  });
});
