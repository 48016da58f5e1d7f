import { randomUUID } from 'node:crypto';
import { onEachEngine } from '@chitieu/testing';
import { PostgresEventStore } from './postgres-event-store';

/** The idempotency probe must look events up by the event_id index, never scan the table. */
onEachEngine('chitieu_append plan', (ctx) => {
  it('probes event ids through the index', async () => {
    const store = await PostgresEventStore.open(ctx.db());
    const { rows } = await ctx.db().pool.query<{ plan: string }>(
      `SELECT pg_get_functiondef('chitieu_append'::regproc) AS plan`,
    );
    expect(rows[0].plan).toContain('JOIN LATERAL (SELECT * FROM events e1 WHERE e1.event_id');
    const id = randomUUID();
    const plan = await ctx.db().pool.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT count(*) FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS g(x, o)
         JOIN LATERAL (SELECT * FROM events e1 WHERE e1.event_id = (g.x->>'eventId')::uuid OFFSET 0) e ON true`,
      [JSON.stringify([{ eventId: id }])],
    );
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index Scan|Index Only Scan|Bitmap Index Scan/);
    expect(text).not.toMatch(/Seq Scan on events/);
    await store.close();
  });
});
