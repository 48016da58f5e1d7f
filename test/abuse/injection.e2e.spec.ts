import { startTestApp, type TestApp } from '../support/app-harness';
import { buildBase, endpointCases, OWN } from './support/endpoint-cases';

/**
 * Injection strings that are valid text are data: stored verbatim in the log and in the read
 * models, returned verbatim as JSON, and nothing else happens. (That the board shows them as
 * text, not markup, is checked in a browser by test/board/board.e2e.spec.ts.)
 */
const INJECTIONS = [
  "'; DROP TABLE events; --",
  "Robert'); DELETE FROM projection_checkpoints; --",
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '{{constructor.constructor("return process")()}}',
  '${process.exit(1)}',
  '../../etc/passwd \\u0000 %00',
  'Hoàn Kiếm — “ngoặc kép” ‘đơn’ \\ / \t tab',
];

describe('injection strings are stored and returned verbatim', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await buildBase(t);
  });
  afterAll(() => t.close());

  it.each(INJECTIONS.map((s, i) => [i, s]))('report note #%i is kept as sent, in the log and in the read model', async (i, text) => {
    const report = endpointCases(t).find((c) => c.name === 'report value')!;
    const { path, body } = await report.prepare(1000 + Number(i));
    const res = await t.call('POST', path, { token: t.token('unit', OWN), body: { ...body, note: text } });
    expect(res.status).toBe(201);
    const [event] = (await t.running.store.readStream(res.body.streamId)).filter((e) => e.eventId === res.body.eventIds[0]);
    expect((event.data as { note: string }).note).toBe(text);
    const indicatorId = path.split('/')[4];
    const history = await t.call('GET', `/api/v1/indicators/${indicatorId}/history?minPosition=${res.body.position}`, { token: t.token('viewer') });
    expect(history.status).toBe(200);
    expect(history.body.items.find((x: { kind: string }) => x.kind === 'report').payload.note).toBe(text);
  });

  it('a unit named with an injection string is listed under exactly that name, and the tables are intact', async () => {
    const name = INJECTIONS[0] + INJECTIONS[2];
    const res = await t.call('POST', '/api/v1/units', { token: t.token('admin'), body: { code: 'INJ1', nameVi: name, nameEn: name, kind: 'other' } });
    expect(res.status).toBe(201);
    const units = await t.call('GET', `/api/v1/units?minPosition=${res.body.position}`, { token: t.token('viewer') });
    expect(units.body.items.find((u: { code: string }) => u.code === 'INJ1')).toMatchObject({ nameVi: name, nameEn: name });
    const { rows } = await t.running.database.pool.query<{ n: string }>("SELECT count(*)::text AS n FROM projection_checkpoints");
    expect(Number(rows[0].n)).toBeGreaterThan(0);
    expect(await t.eventCount()).toBeGreaterThan(INJECTIONS.length);
  });
});
