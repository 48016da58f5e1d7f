import { startTestApp, type TestApp } from '../support/app-harness';

describe('the auditor API in the standalone app', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ SEED_SAMPLE_DATA: 'true' });
  }, 180_000);
  afterAll(() => app?.close());

  it('verifies the seeded log for an auditor and refuses a viewer', async () => {
    const res = await app.call('GET', '/api/v1/audit/verify', { token: app.token('auditor') });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, chainFaults: [] });
    expect(res.body.eventsChecked).toBe(await app.eventCount());
    expect((await app.call('GET', '/api/v1/audit/verify', { token: app.token('viewer') })).status).toBe(403);
  });
});
