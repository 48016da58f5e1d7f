import { startTestApp, type TestApp } from '../support/app-harness';
import { buildBase, endpointCases, OTHER, OWN, WHY } from './support/endpoint-cases';

/**
 * Every role × every command endpoint × own unit / another unit, against the table below.
 * Each cell gets fresh prerequisites and a valid body, so a refusal can only be about who asks;
 * a refused cell must record nothing.
 */
jest.setTimeout(120_000);

const CALLERS = ['anonymous', 'viewer', 'auditor', 'unit (own)', 'unit (other)', 'secretariat', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
const CALLERS_IN_ORDER: readonly Caller[] = ['anonymous', 'viewer', 'auditor', 'unit (other)', 'unit (own)', 'secretariat', 'admin'];

/** A = 201; otherwise the status and code a refusal must carry. */
const STAFF_ONLY = ['401 AUTH.TOKEN_MISSING', '403 AUTH.ROLE_NOT_ALLOWED', '403 AUTH.ROLE_NOT_ALLOWED', '403 AUTH.ROLE_NOT_ALLOWED', '403 AUTH.ROLE_NOT_ALLOWED', 'A', 'A'];
const UNIT_WRITE = ['401 AUTH.TOKEN_MISSING', '403 AUTH.ROLE_NOT_ALLOWED', '403 AUTH.ROLE_NOT_ALLOWED', 'A', '403 AUTH.NOT_ASSIGNED_TO_UNIT', 'A', 'A'];
const EXPECTED: Record<string, string[]> = {
  'register unit': STAFF_ONLY,
  'rename unit': STAFF_ONLY,
  'merge unit': STAFF_ONLY,
  'transfer responsibilities': STAFF_ONLY,
  'launch program': STAFF_ONLY,
  'define indicator': STAFF_ONLY,
  'hold review meeting': STAFF_ONLY,
  'revise indicator': STAFF_ONLY,
  'retire indicator': STAFF_ONLY,
  'set target': STAFF_ONLY,
  'revise target': STAFF_ONLY,
  'assign indicator': STAFF_ONLY,
  'reassign indicator': STAFF_ONLY,
  'report value': UNIT_WRITE,
  'correct value': UNIT_WRITE,
  'assess indicator': STAFF_ONLY,
  'issue directive': STAFF_ONLY,
  'assign task': STAFF_ONLY,
  'acknowledge task': UNIT_WRITE,
  'report task progress': UNIT_WRITE,
  'complete task': UNIT_WRITE,
  'extend task deadline': STAFF_ONLY,
  'cancel task': STAFF_ONLY,
  'issue document': STAFF_ONLY,
  'plan document': STAFF_ONLY,
};

describe('authorization matrix: role × command endpoint × own / other unit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await buildBase(t);
  });
  afterAll(() => t.close());

  const tokenOf = (caller: Caller): string | undefined => {
    if (caller === 'anonymous') return undefined;
    if (caller === 'unit (own)') return t.token('unit', OWN);
    if (caller === 'unit (other)') return t.token('unit', OTHER);
    return t.token(caller);
  };

  it('covers every command route the app serves', async () => {
    const doc = (await t.call('GET', '/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    const posts = Object.entries(doc.paths).filter(([path, ops]) => ops.post && path.startsWith('/api/v1/') && !path.startsWith('/api/v1/audit'));
    expect(posts).toHaveLength(Object.keys(EXPECTED).length);
    expect(endpointCases(t).map((c) => c.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('answers every cell as the table says, and a refused cell records nothing', async () => {
    let n = 0;
    const actual: Record<string, string[]> = {};
    for (const c of endpointCases(t)) {
      const row = new Map<Caller, string>();
      // A refused request changes nothing, so the next caller reuses it; after a 201, fresh prerequisites.
      let request = await c.prepare(++n);
      for (const caller of CALLERS_IN_ORDER) {
        const before = await t.eventCount();
        const res = await t.call('POST', request.path, { token: tokenOf(caller), body: { ...WHY, ...request.body } });
        const after = await t.eventCount();
        const cell = res.status === 201 ? 'A' : `${res.status} ${res.body?.code}`;
        row.set(caller, res.status === 201 || after === before ? cell : `${cell} BUT RECORDED ${after - before}`);
        if (res.status === 201) request = await c.prepare(++n);
      }
      actual[c.name] = CALLERS.map((caller) => row.get(caller)!);
    }
    expect(actual).toEqual(EXPECTED);
  });
});
