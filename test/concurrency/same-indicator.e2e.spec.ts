import { testDatabases } from '@chitieu/testing';
import { startTestApp, type TestApp } from '../support/app-harness';
import { buildReportingWorld, cumulativePeriod, FAULT_SECRET, unitToken } from '../faults/support/world';

/**
 * 50 clients report and correct on one indicator at the same moment. Optimistic concurrency
 * must turn every race into a 412 carrying the current version, and a retry with that version
 * must succeed: no lost update, stream versions contiguous.
 */
const CLIENTS = 50;
const INDICATOR = 'p08.CT01';
jest.setTimeout(120_000);

interface Attempt {
  client: number;
  ifMatch: string | null;
  status: number;
  etag: string | null;
  currentVersion?: number;
  version?: number;
}

describe.each(testDatabases().map((engine) => ({ engine, name: engine.name })))('50 clients on one indicator ($name)', ({ engine }) => {
  let t: TestApp;
  const token = unitToken('Q001');
  const reportIds: string[] = [];
  let startVersion = 0;

  beforeAll(async () => {
    if (engine.name === 'postgres') await engine.open();
    t = await startTestApp({ JWT_SECRET: FAULT_SECRET, ...(engine.url() ? { DATABASE_URL: engine.url()! } : {}) });
    await buildReportingWorld(t.url, 1, 1);
    for (let i = 0; i < CLIENTS / 2; i++) {
      const res = await t.call('POST', `/api/v1/indicators/${INDICATOR}/reports`, { token, body: { period: cumulativePeriod(i), value: 100 + i } });
      expect(res.status).toBe(201);
      reportIds.push(res.body.id);
      startVersion = res.body.version;
    }
  });
  afterAll(async () => {
    await t?.close();
    await engine.dispose();
  });

  /** Half the clients correct an existing report, half report a new period. */
  const commandOf = (client: number, round: number) =>
    client < CLIENTS / 2
      ? { path: `/api/v1/indicators/${INDICATOR}/reports/${reportIds[client]}/corrections`, body: { newValue: 5000 + client, reason: 'Sửa số liệu theo báo cáo chính thức' } }
      : { path: `/api/v1/indicators/${INDICATOR}/reports`, body: { period: cumulativePeriod(100 + client + round * CLIENTS), value: client } };

  /** Sends until 201, taking the version from each 412; bounded in attempts. */
  async function client(n: number, round: number, ifMatch: string | null, log: Attempt[]): Promise<void> {
    let version = ifMatch;
    for (let attempt = 0; attempt < 200; attempt++) {
      const { path, body } = commandOf(n, round);
      const res = await t.call('POST', path, { token, body, headers: version === null ? {} : { 'if-match': version } });
      log.push({ client: n, ifMatch: version, status: res.status, etag: res.headers.get('etag'), currentVersion: res.body?.currentVersion, version: res.body?.version });
      if (res.status !== 412) return;
      if (version !== null) version = res.headers.get('etag');
    }
  }

  const streamVersions = async () => (await t.running.store.readStream(`indicator-${INDICATOR}`)).map((e) => e.version);

  it('with If-Match: the losers get 412 with the current version, retry with it and all succeed, versions contiguous', async () => {
    const log: Attempt[] = [];
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n, 0, `"${startVersion}"`, log)));
    const wins = log.filter((a) => a.status === 201);
    const conflicts = log.filter((a) => a.status === 412);
    expect(log.filter((a) => a.status !== 201 && a.status !== 412)).toEqual([]);
    expect(new Set(wins.map((a) => a.client)).size).toBe(CLIENTS);
    expect(wins.map((a) => a.version).sort((a, b) => a! - b!)).toEqual(Array.from({ length: CLIENTS }, (_, i) => startVersion + i + 1));
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts) {
      expect(c.etag).toBe(`"${c.currentVersion}"`);
      expect(c.currentVersion).toBeGreaterThan(Number(c.ifMatch!.replace(/"/g, '')));
    }
    expect(await streamVersions()).toEqual(Array.from({ length: startVersion + CLIENTS }, (_, i) => i + 1));
    console.info(`${engine.name}, If-Match: ${CLIENTS} commands, ${log.length} attempts, ${conflicts.length} answered 412, 0 lost`);
  });

  it('lost no update: every correction and every new report is in the stream once', async () => {
    const events = await t.running.store.readStream(`indicator-${INDICATOR}`);
    const corrected = events.filter((e) => e.type === 'ValueCorrected').map((e) => e.data as { reportId: string; newValue: number });
    expect(corrected.map((c) => [c.reportId, c.newValue]).sort()).toEqual(reportIds.map((id, i) => [id, 5000 + i]).sort());
    expect(events.filter((e) => e.type === 'ValueReported')).toHaveLength(CLIENTS);
  });

  it('without If-Match: a race lost between read and append is a 412 too, and a plain retry succeeds', async () => {
    const before = (await streamVersions()).length;
    const log: Attempt[] = [];
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(CLIENTS / 2 + (n % (CLIENTS / 2)), 1 + Math.floor(n / (CLIENTS / 2)), null, log)));
    expect(log.filter((a) => a.status !== 201 && a.status !== 412)).toEqual([]);
    expect(log.filter((a) => a.status === 201)).toHaveLength(CLIENTS);
    expect(await streamVersions()).toEqual(Array.from({ length: before + CLIENTS }, (_, i) => i + 1));
    console.info(`${engine.name}, no If-Match: ${CLIENTS} commands, ${log.length} attempts, ${log.filter((a) => a.status === 412).length} answered 412, 0 lost`);
  });
});
