import { startTestApp, type TestApp } from '../support/app-harness';
import { buildReportingWorld, cumulativePeriod, secretariatToken, unitToken, type ReportingWorld } from './support/world';

/**
 * The narrowest crash window: the events committed, the process died before it saved the
 * Idempotency-Key's response. Simulated by deleting that row; the client then retries.
 */
describe('a retry after a crash between the append and the idempotency record', () => {
  let t: TestApp;
  let world: ReportingWorld;

  beforeAll(async () => {
    t = await startTestApp({ JWT_SECRET: 'fault-tests-secret-fault-tests-secret-0123456789' });
    world = await buildReportingWorld(t.url, 2, 2);
  });
  afterAll(() => t.close());

  const forgetKeys = () => t.running.database.pool.query('DELETE FROM idempotency_keys');
  const post = (path: string, token: string, body: object, key: string) =>
    t.call('POST', path, { token, body, headers: { 'idempotency-key': key } });

  it('answers a report retried after the crash with its first result and records it once', async () => {
    const { id, unit } = world.indicators[0];
    const body = { period: cumulativePeriod(10), value: 4200 };
    const first = await post(`/api/v1/indicators/${id}/reports`, unitToken(unit), body, 'report-crash-1');
    expect(first.status).toBe(201);
    await forgetKeys();
    const events = await t.eventCount();
    const retry = await post(`/api/v1/indicators/${id}/reports`, unitToken(unit), body, 'report-crash-1');
    expect({ status: retry.status, body: retry.body, etag: retry.headers.get('etag') }).toEqual({ status: 201, body: first.body, etag: first.headers.get('etag') });
    expect(await t.eventCount()).toBe(events);
  });

  it('does not record an assessment twice when it is retried after the crash and after other writes', async () => {
    const { id, unit } = world.indicators[1];
    const body = { horizon: '2023', status: 'on_track', rationale: 'Đạt 68,7% kế hoạch năm', asOfDate: '2023-08-02' };
    const first = await post(`/api/v1/indicators/${id}/assessments`, secretariatToken(), body, 'assess-crash-1');
    expect(first.status).toBe(201);
    await forgetKeys();
    // Someone else writes to the stream before the retry arrives: the version moved on.
    expect((await post(`/api/v1/indicators/${id}/reports`, unitToken(unit), { period: '2023-H1', value: 1 }, 'other-1')).status).toBe(201);
    const events = await t.eventCount();
    const retry = await post(`/api/v1/indicators/${id}/assessments`, secretariatToken(), body, 'assess-crash-1');
    expect({ status: retry.status, eventIds: retry.body?.eventIds, version: retry.body?.version }).toEqual({ status: 201, eventIds: first.body.eventIds, version: first.body.version });
    expect(await t.eventCount()).toBe(events);
  });

  it('still records a second command with a new key', async () => {
    const { id } = world.indicators[1];
    const body = { horizon: '2024', status: 'on_track', rationale: 'Đánh giá lại', asOfDate: '2024-08-02' };
    const events = await t.eventCount();
    expect((await post(`/api/v1/indicators/${id}/assessments`, secretariatToken(), body, 'assess-crash-2')).status).toBe(201);
    expect(await t.eventCount()).toBe(events + 1);
  });
});
