import { startTestApp, type TestApp, type TestResponse } from '../support/app-harness';
import { buildWorld, DOC } from '../support/world';

let t: TestApp;
let tokens: { admin: string; syt: string; q001: string };

beforeAll(async () => {
  t = await startTestApp();
  tokens = await buildWorld(t);
});
afterAll(() => t?.close());

/** Sends a command that must be refused, and proves that nothing was appended. */
async function refused(method: string, path: string, token: string | undefined, body: unknown, status: number, code?: string, field?: string): Promise<TestResponse> {
  const before = await t.eventCount();
  const res = await t.call(method, path, { token, body });
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code: code ?? res.body?.code });
  if (field) expect(res.body.field).toBe(field);
  expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(await t.eventCount()).toBe(before);
  return res;
}
const report = (token: string, body: object, extra: Record<string, string> = {}) =>
  t.call('POST', '/api/v1/indicators/p1.CT01/reports', { token, body, headers: extra });

describe('a unit reports a value', () => {
  it('answers 201 with the report id, the stream version as ETag and the global position', async () => {
    const res = await report(tokens.syt, { period: '2023-H1', value: 113418, quotedTarget: 162000, quotedPercent: 70.89, occurredAt: '2023-07-15' });
    expect(res.status).toBe(201);
    expect(res.body.id).toEqual(expect.any(String));
    expect(res.headers.get('etag')).toBe(`"${res.body.version}"`);
    expect(BigInt(res.body.position)).toBeGreaterThan(0n);
    const stored = await t.running.store.readStream('indicator-p1.CT01');
    const last = stored.at(-1)!;
    expect(last).toMatchObject({ type: 'ValueReported', data: { value: 113418, period: '2023-H1', reportingUnit: 'SYT' } });
    expect(last.metadata).toMatchObject({ actor: 'unit-SYT', role: 'unit', unit: 'SYT', occurredAt: '2023-07-15' });
  });

  it('lets a coordinating district report too', async () => {
    expect((await report(tokens.q001, { period: '2023-Q1', value: 5000, occurredAt: '2023-04-10' })).status).toBe(201);
  });

  it('refuses a unit that is neither lead nor coordinating, naming the rule', async () => {
    const other = t.token('unit', 'SGDDT');
    const res = await refused('POST', '/api/v1/indicators/p1.CT01/reports', other, { period: '2023-H1', value: 1 }, 403);
    expect(res.body.code).toMatch(/NOT_ASSIGNED/);
  });
});

describe('concurrency and retries', () => {
  it('honours If-Match: a stale version is 412 with the current version', async () => {
    const ok = await report(tokens.syt, { period: '2022', value: 203027, occurredAt: '2023-01-20' });
    const current = ok.body.version as number;
    const before = await t.eventCount();
    const stale = await report(tokens.syt, { period: '2022-H2', value: 1, occurredAt: '2023-01-20' }, { 'if-match': `"${current - 1}"` });
    expect(stale.status).toBe(412);
    expect(stale.body.currentVersion).toBe(current);
    expect(stale.headers.get('etag')).toBe(`"${current}"`);
    expect(await t.eventCount()).toBe(before);
    const retried = await report(tokens.syt, { period: '2022-H2', value: 1, occurredAt: '2023-01-20' }, { 'if-match': `"${current}"` });
    expect(retried.status).toBe(201);
  });

  it('replays the first response for the same Idempotency-Key and body, and appends nothing', async () => {
    const body = { period: '2023-Q2', value: 60000, occurredAt: '2023-07-10' };
    const first = await report(tokens.syt, body, { 'idempotency-key': 'k-1' });
    const before = await t.eventCount();
    const again = await report(tokens.syt, body, { 'idempotency-key': 'k-1' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await t.eventCount()).toBe(before);
  });

  it('answers 422 when the same key comes with another body', async () => {
    await report(tokens.syt, { period: '2023-05', value: 1, occurredAt: '2023-06-10' }, { 'idempotency-key': 'k-2' });
    const before = await t.eventCount();
    const res = await report(tokens.syt, { period: '2023-05', value: 2, occurredAt: '2023-06-10' }, { 'idempotency-key': 'k-2' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    expect(await t.eventCount()).toBe(before);
  });
});

describe('who may do what', () => {
  it('401 without a token, 401 with a bad one', async () => {
    await refused('POST', '/api/v1/indicators/p1.CT01/reports', undefined, { period: '2023', value: 1 }, 401, 'AUTH.TOKEN_MISSING');
    await refused('POST', '/api/v1/indicators/p1.CT01/reports', 'abc.def.ghi', { period: '2023', value: 1 }, 401, 'AUTH.TOKEN_INVALID');
  });
  it.each(['viewer', 'auditor'] as const)('a %s never writes', async (role) => {
    await refused('POST', '/api/v1/indicators/p1.CT01/reports', t.token(role), { period: '2023', value: 1 }, 403, 'AUTH.ROLE_NOT_ALLOWED');
  });
  it('a unit may not define indicators or set targets', async () => {
    await refused('POST', '/api/v1/indicators/p1.CT01/targets', tokens.syt, { horizon: '2024', value: 1 }, 403, 'AUTH.ROLE_NOT_ALLOWED');
  });
  it('a token for a unit that does not exist is refused', async () => {
    await refused('POST', '/api/v1/indicators/p1.CT01/reports', t.token('unit', 'NOPE'), { period: '2023', value: 1 }, 403, 'AUTH.UNKNOWN_UNIT');
  });
});

describe('bad input is refused with the field named, and changes nothing', () => {
  const cases: [string, string, object, number, string][] = [
    ['unknown indicator', '/api/v1/indicators/p1.CT99/reports', { period: '2023', value: 1 }, 404, 'indicatorId'],
    ['period outside the term', '/api/v1/indicators/p1.CT01/reports', { period: '2027', value: 1 }, 422, 'period'],
    ['malformed period', '/api/v1/indicators/p1.CT01/reports', { period: '2023-H3', value: 1 }, 400, 'period'],
    ['percent above 100', '/api/v1/indicators/p1.CT02/reports', { period: '2023', value: 101 }, 422, 'value'],
    ['negative count', '/api/v1/indicators/p1.CT01/reports', { period: '2023', value: -5 }, 422, 'value'],
    ['a value that is not a number', '/api/v1/indicators/p1.CT01/reports', { period: '2023', value: 'nhiều' }, 400, 'value'],
    ['an unknown field', '/api/v1/indicators/p1.CT01/reports', { period: '2023', value: 1, hacked: true }, 400, 'body'],
    ['business date in the future', '/api/v1/indicators/p1.CT01/reports', { period: '2023', value: 1, occurredAt: '2999-01-01' }, 422, 'occurredAt'],
    ['target horizon outside the term', '/api/v1/indicators/p1.CT01/targets', { horizon: '2030', value: 1 }, 422, 'horizon'],
    ['assignment to an unknown unit', '/api/v1/indicators/p1.CT01/reassignments', { lead: 'NOPE', effectiveDate: '2023-01-01' }, 422, 'lead'],
  ];
  it.each(cases)('%s', async (_name, path, body, status, field) => {
    const token = path.includes('/reports') ? tokens.syt : tokens.admin;
    await refused('POST', path, token, body, status, undefined, field || undefined);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty'])('ids named like members of Object (%p) are simply unknown', async (id) => {
    await refused('POST', `/api/v1/directives/tb07/tasks/${id}/acknowledgements`, tokens.syt, {}, 404, 'TASK.NOT_FOUND');
    await refused('POST', `/api/v1/indicators/p1.CT01/reports/${id}/corrections`, tokens.syt, { newValue: 1, reason: 'x' }, 404, 'REPORT.NOT_FOUND');
    await refused('POST', '/api/v1/indicators/p1.CT01/reassignments', tokens.admin, { lead: id, effectiveDate: '2023-01-01' }, 422);
  });

  it('duplicate indicator code', async () => {
    const body = { code: 'CT01', nameVi: 'Trùng', nameEn: 'Dup', named: false, group: 'ASXH', unitOfMeasure: 'người', measureType: 'count', direction: 'higher_is_better', comparator: 'gte' };
    await refused('POST', '/api/v1/programs/p1/indicators', tokens.admin, body, 409);
  });

  it('a task due before its directive was issued', async () => {
    const body = {
      directiveId: 'tb08', programId: 'p1', document: { ...DOC, number: '08/TB-BCĐ', date: '2023-07-01' }, issuer: 'BCĐ', titleVi: 'TB', titleEn: 'N',
      summary: 'S', issuedOn: '2023-07-01', tasks: [{ taskId: 'x', titleVi: 'Việc', titleEn: 'Task', lead: 'SYT', dueDate: '2023-06-30' }],
    };
    await refused('POST', '/api/v1/directives', tokens.admin, body, 422);
  });

  it('completing a cancelled task', async () => {
    const cancel = await t.call('POST', '/api/v1/directives/tb07/tasks/t2/cancellation', { token: tokens.admin, body: { reason: 'Không còn phù hợp', occurredAt: '2023-07-01' } });
    expect(cancel.status).toBe(201);
    await refused('POST', '/api/v1/directives/tb07/tasks/t2/completion', tokens.admin, { evidence: 'Đã xong', occurredAt: '2023-07-02' }, 409);
  });

  it('reporting on an indicator retired before the period', async () => {
    const retire = await t.call('POST', '/api/v1/indicators/p1.CT02/retirement', {
      token: tokens.admin, body: { effectiveDate: '2023-01-01', reason: 'Bộ chỉ tiêu còn 26', sourceDocument: DOC, occurredAt: '2023-01-01' },
    });
    expect(retire.status).toBe(201);
    await refused('POST', '/api/v1/indicators/p1.CT02/reports', tokens.syt, { period: '2023-H1', value: 2.1 }, 422);
  });

  it('a body over 1 MB is 413', async () => {
    await refused('POST', '/api/v1/indicators/p1.CT01/reports', tokens.syt, { period: '2023', value: 1, note: 'x'.repeat(1_100_000) }, 413, 'REQUEST.BODY_TOO_LARGE');
  });

  it('malformed JSON is 400', async () => {
    await refused('POST', '/api/v1/indicators/p1.CT01/reports', tokens.syt, '{"period": ', 400);
  });

  it('text not in NFC is normalised and accepted', async () => {
    const decomposed = 'Quận Ba Đình mới'.normalize('NFD');
    const res = await t.call('POST', '/api/v1/units/Q001/renames', {
      token: tokens.admin, body: { nameVi: decomposed, nameEn: 'New Ba Dinh', effectiveDate: '2023-01-01', occurredAt: '2023-01-01' },
    });
    expect(res.status).toBe(201);
    const last = (await t.running.store.readStream('unit-Q001')).at(-1)!;
    expect((last.data as { nameVi: string }).nameVi).toBe('Quận Ba Đình mới'.normalize('NFC'));
    expect((last.data as { nameVi: string }).nameVi).not.toBe(decomposed);
  });
});

describe('every command endpoint answers', () => {
  const ok = async (path: string, token: string, body: object) => {
    const res = await t.call('POST', path, { token, body });
    expect({ path, status: res.status, body: res.status === 201 ? 'ok' : res.body }).toEqual({ path, status: 201, body: 'ok' });
    return res;
  };
  it('records each kind of command', async () => {
    await ok('/api/v1/indicators/p1.CT01/revisions', tokens.admin, { changes: { nameEn: 'New jobs' }, reason: 'Tên tiếng Anh', occurredAt: '2023-01-02' });
    await ok('/api/v1/indicators/p1.CT01/target-revisions', tokens.admin, { horizon: '2023', oldValue: 162000, newValue: 165000, reason: 'Điều chỉnh', sourceDocument: DOC, occurredAt: '2023-02-01' });
    await ok('/api/v1/indicators/p1.CT01/assessments', tokens.admin, { horizon: '2023', status: 'striving', rationale: 'Đạt 70%', asOfDate: '2023-08-02', occurredAt: '2023-08-02' });
    const rep = await ok('/api/v1/indicators/p1.CT01/reports', tokens.syt, { period: '2023-03', value: 100, occurredAt: '2023-04-02' });
    await ok(`/api/v1/indicators/p1.CT01/reports/${rep.body.id}/corrections`, tokens.syt, { newValue: 120, reason: 'Nhập sai', occurredAt: '2023-04-03' });
    await ok('/api/v1/directives/tb07/tasks', tokens.admin, { task: { taskId: 't3', titleVi: 'Việc mới', titleEn: 'New task', lead: 'SYT', dueDate: '2023-10-30' }, occurredAt: '2023-07-01' });
    await ok('/api/v1/directives/tb07/tasks/t1/acknowledgements', tokens.syt, { occurredAt: '2023-06-10' });
    await ok('/api/v1/directives/tb07/tasks/t1/progress', tokens.syt, { percent: 50, note: 'Đang rà soát', occurredAt: '2023-07-01' });
    await ok('/api/v1/directives/tb07/tasks/t1/deadline-extensions', tokens.admin, { newDueDate: '2023-10-31', reason: 'Cần thêm số liệu', occurredAt: '2023-07-02' });
    await ok('/api/v1/directives/tb07/tasks/t1/completion', tokens.syt, { evidence: 'Báo cáo số 12/BC-SYT', occurredAt: '2023-07-20' });
    await ok('/api/v1/documents', tokens.admin, { documentId: 'nq-1', programId: 'p1', document: { issuer: 'HĐND Thành phố Hà Nội', number: 'NQ (số chưa rõ) 1', date: '2023-03-01' }, kind: 'resolution', titleVi: 'Nghị quyết', titleEn: 'Resolution', occurredAt: '2023-03-01' });
    await ok('/api/v1/documents/planned', tokens.admin, { documentId: 'kh-9', programId: 'p1', kind: 'plan', plannedFor: '2023-10-01', titleVi: 'Kế hoạch', titleEn: 'Plan', occurredAt: '2023-07-01' });
    await ok('/api/v1/programs/p1/review-meetings', tokens.admin, { meetingId: 'sk-2023-h1', date: '2023-08-02', titleVi: 'Hội nghị sơ kết 6 tháng', titleEn: 'Half-year review', occurredAt: '2023-08-02' });
    await ok('/api/v1/units', tokens.admin, { code: 'SNV', nameVi: 'Sở Nội vụ', nameEn: 'Department of Home Affairs', kind: 'department', occurredAt: '2023-01-01' });
    await ok('/api/v1/units/SGDDT/transfers', tokens.admin, { toCode: 'SNV', effectiveDate: '2023-05-01', indicatorIds: [], taskIds: ['t2'], occurredAt: '2023-05-01' });
    await ok('/api/v1/units/Q001/mergers', tokens.admin, { intoCode: 'SNV', effectiveDate: '2025-07-01', occurredAt: '2025-07-01' });
  });

  it('publishes OpenAPI generated from the code', async () => {
    const res = await t.call('GET', '/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/v1/indicators/{id}/reports', '/api/v1/directives', '/api/v1/documents']));
    expect(res.body.paths['/api/v1/indicators/{id}/reports'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('period');
  });
});
