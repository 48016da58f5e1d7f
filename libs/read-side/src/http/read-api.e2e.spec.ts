import { startTestApp, type TestApp } from '../../../../test/support/app-harness';

const P = 'hn-08-2021';

/** The read API over HTTP on the standalone app, seeded with the Program 08 sample. */
describe('read API', () => {
  let t: TestApp;
  let viewer: string;
  let head: string;

  beforeAll(async () => {
    t = await startTestApp({ SEED_SAMPLE_DATA: 'true' });
    viewer = t.token('viewer');
    head = (await t.running.store.headPosition()).toString();
  }, 240_000);
  afterAll(() => t?.close());

  it('summarises the program as of the review meeting, waiting for the seeded position', async () => {
    const res = await t.call('GET', `/api/v1/programs/${P}/summary?asOf=2023-08-02&minPosition=${head}`, { token: viewer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ indicatorCount: 27, term: { met: 18 }, annual: { year: 2023, met: 19, striving: 4, difficult: 4 } });
  });

  it('lets an auditor and a unit user read too, and nobody without a token', async () => {
    expect((await t.call('GET', `/api/v1/programs/${P}/summary`, { token: t.token('auditor') })).status).toBe(200);
    expect((await t.call('GET', `/api/v1/programs/${P}/summary`, { token: t.token('unit', 'SYT') })).status).toBe(200);
    expect((await t.call('GET', `/api/v1/programs/${P}/summary`)).status).toBe(401);
  });

  it('refuses a bad asOf with a problem naming the field, and an unknown program with 404', async () => {
    const bad = await t.call('GET', `/api/v1/programs/${P}/summary?asOf=02/08/2023`, { token: viewer });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body).toMatchObject({ code: 'QUERY.INVALID_AS_OF', field: 'asOf' });
    const missing = await t.call('GET', '/api/v1/programs/hn-99/summary', { token: viewer });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('PROGRAM.NOT_FOUND');
  });

  it('pages the indicators with an opaque cursor, every indicator once', async () => {
    const codes: string[] = [];
    let cursor = '';
    do {
      const res = await t.call('GET', `/api/v1/programs/${P}/indicators?asOf=2023-08-02&limit=10${cursor ? `&cursor=${cursor}` : ''}`, { token: viewer });
      expect(res.status).toBe(200);
      codes.push(...res.body.items.map((i: { code: string }) => i.code));
      cursor = res.body.nextCursor ?? '';
    } while (cursor);
    expect(codes).toHaveLength(27);
    expect(new Set(codes).size).toBe(27);
  });

  it('gives the indicators as CSV with a BOM when asked for text/csv', async () => {
    const res = await fetch(`${t.url}/api/v1/programs/${P}/indicators?asOf=2023-08-02&status=met`, { headers: { accept: 'text/csv', authorization: `Bearer ${viewer}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0].startsWith('Mã / Code')).toBe(true);
    expect(lines).toHaveLength(1 + 19);
  });

  it('lists overdue tasks as of the meeting and shows an indicator with its history', async () => {
    const tasks = await t.call('GET', '/api/v1/directives?asOf=2023-08-02&status=overdue', { token: viewer });
    expect(tasks.status).toBe(200);
    expect(tasks.body.items.every((x: { overdue: boolean }) => x.overdue)).toBe(true);
    const list = await t.call('GET', `/api/v1/programs/${P}/indicators?asOf=2023-08-02`, { token: viewer });
    const jobs = list.body.items.find((i: { code: string }) => i.code === 'CT02');
    const one = await t.call('GET', `/api/v1/indicators/${jobs.id}?asOf=2023-08-02`, { token: viewer });
    expect(one.body.annual).toMatchObject({ value: 113418, progress: 70.01 });
    const history = await t.call('GET', `/api/v1/indicators/${jobs.id}/history`, { token: viewer });
    expect(history.body.items.map((h: { kind: string }) => h.kind)).toContain('report');
  });

  it('gives auditors the audit trail with old -> new for target revisions, and pages it by position', async () => {
    const auditor = t.token('auditor');
    const revised = await t.call('GET', '/api/v1/audit-trail?type=TargetRevised', { token: auditor });
    expect(revised.status).toBe(200);
    expect(revised.body.items[0]).toMatchObject({ type: 'TargetRevised', role: 'secretariat', unit: 'SLDTBXH' });
    expect(Object.values(revised.body.items[0].change)[0]).toEqual({ old: expect.any(Number), new: expect.any(Number) });
    let cursor = '';
    let seen = 0;
    do {
      const res = await t.call('GET', `/api/v1/audit-trail?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token: auditor });
      seen += res.body.items.length;
      cursor = res.body.nextCursor ?? '';
    } while (cursor);
    expect(seen).toBe(await t.eventCount());
    expect((await t.call('GET', '/api/v1/audit-trail', { token: viewer })).status).toBe(403);
  });

  it('exposes projection positions at /metrics and in /api/health', async () => {
    const metrics = await t.call('GET', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/chitieu_projection_position\{projection="indicator-status"\} \d+/);
    const health = await t.call('GET', '/api/health');
    expect(health.body.checks['read-models'].projections).toHaveLength(5);
  });
});
