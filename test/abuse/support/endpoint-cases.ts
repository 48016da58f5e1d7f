import type { TestApp } from '../../support/app-harness';

/**
 * Every command endpoint, each with a `prepare` that makes fresh prerequisites (as an admin)
 * and returns a request that is valid: a refusal can only come from who is asking.
 * OWN is the unit responsible for what the request is about; OTHER is a registered unit that is not.
 */
export const OWN = 'Q001';
export const OTHER = 'Q002';
export const PROGRAM = 'p08';
const DOC = { issuer: 'Thành ủy Hà Nội', number: '08-CTr/TU', date: '2021-03-17' };
/** Reason and deciding document: some commands require them, all accept them. */
export const WHY = { reason: 'Theo kết luận của Ban chỉ đạo', sourceDocument: { issuer: 'BCĐ 08', number: '07/TB-BCĐ', date: '2023-06-06' } };

export interface Request {
  readonly path: string;
  readonly body: Record<string, unknown>;
}
export interface EndpointCase {
  readonly name: string;
  prepare(n: number): Promise<Request>;
}

export function endpointCases(t: TestApp): EndpointCase[] {
  const admin = () => t.token('admin');
  const post = async (path: string, body: object) => {
    const res = await t.call('POST', path, { token: admin(), body: { ...WHY, ...body } });
    if (res.status !== 201) throw new Error(`fixture ${path} → ${res.status} ${res.text}`);
  };
  const unit = (code: string) => post('/api/v1/units', { code, nameVi: `Đơn vị ${code}`, nameEn: `Unit ${code}`, kind: 'department', occurredAt: '2021-01-05' });
  const indicator = async (n: number, steps: { assign?: boolean; target?: boolean; report?: boolean } = {}) => {
    const code = `C${n}`;
    await post(`/api/v1/programs/${PROGRAM}/indicators`, {
      code, nameVi: `Chỉ tiêu ${n}`, nameEn: `Indicator ${n}`, named: false, group: 'ASXH', unitOfMeasure: 'người',
      measureType: 'count', direction: 'higher_is_better', comparator: 'gte', occurredAt: '2021-03-20',
    });
    const id = `${PROGRAM}.${code}`;
    if (steps.assign || steps.report) await post(`/api/v1/indicators/${id}/assignments`, { lead: OWN, effectiveDate: '2021-04-01', occurredAt: '2021-04-01' });
    if (steps.target) await post(`/api/v1/indicators/${id}/targets`, { horizon: 'term', value: 100 });
    if (steps.report) await post(`/api/v1/indicators/${id}/reports`, { reportId: `r${n}`, period: '2023-H1', value: 50 });
    return id;
  };
  const directive = async (n: number, withTask = true) => {
    await post('/api/v1/directives', {
      directiveId: `d${n}`, programId: PROGRAM, document: { issuer: 'BCĐ 08', number: `${n}/TB-BCĐ`, date: '2023-06-06' }, issuer: 'BCĐ 08',
      titleVi: 'Thông báo', titleEn: 'Notice', summary: 'Rà soát chỉ tiêu', issuedOn: '2023-06-06', occurredAt: '2023-06-06',
      tasks: withTask ? [{ taskId: 't1', titleVi: 'Rà soát', titleEn: 'Review', lead: OWN, dueDate: '2027-12-31' }] : [],
    });
    return `/api/v1/directives/d${n}`;
  };
  // Staff-only routes and routes a responsible unit may use too (the matrix says who may).
  const staff = (name: string, prepare: (n: number) => Promise<Request>): EndpointCase => ({ name, prepare });
  const unitWriter = staff;

  return [
    staff('register unit', async (n) => ({ path: '/api/v1/units', body: { code: `U${n}`, nameVi: 'Sở mới', nameEn: 'New department', kind: 'department' } })),
    staff('rename unit', async (n) => (await unit(`U${n}`), { path: `/api/v1/units/U${n}/renames`, body: { nameVi: 'Tên mới', nameEn: 'New name', effectiveDate: '2022-01-01' } })),
    staff('merge unit', async (n) => (await unit(`U${n}a`), await unit(`U${n}b`), { path: `/api/v1/units/U${n}a/mergers`, body: { intoCode: `U${n}b`, effectiveDate: '2022-01-01' } })),
    staff('transfer responsibilities', async (n) => {
      const id = await indicator(n, { assign: true });
      await unit(`U${n}`);
      return { path: `/api/v1/units/${OWN}/transfers`, body: { toCode: `U${n}`, effectiveDate: '2022-01-01', indicatorIds: [id] } };
    }),
    staff('launch program', async (n) => ({
      path: '/api/v1/programs',
      body: { programId: `p${n}`, document: { ...DOC, number: `${n}-CTr/TU` }, titleVi: 'Chương trình', titleEn: 'Program', termStart: 2021, termEnd: 2025, standingAgency: 'SLDTBXH', steeringCommittee: 'BCD08', groups: [{ code: 'G1', nameVi: 'Nhóm', nameEn: 'Group' }] },
    })),
    staff('define indicator', async (n) => ({
      path: `/api/v1/programs/${PROGRAM}/indicators`,
      body: { code: `N${n}`, nameVi: 'Chỉ tiêu', nameEn: 'Indicator', named: false, group: 'ASXH', unitOfMeasure: '%', measureType: 'percent', direction: 'higher_is_better', comparator: 'gte' },
    })),
    staff('hold review meeting', async (n) => ({ path: `/api/v1/programs/${PROGRAM}/review-meetings`, body: { meetingId: `m${n}`, date: '2023-08-02', titleVi: 'Hội nghị sơ kết', titleEn: 'Review' } })),
    staff('revise indicator', async (n) => ({ path: `/api/v1/indicators/${await indicator(n)}/revisions`, body: { changes: { nameVi: 'Tên chỉ tiêu mới' } } })),
    staff('retire indicator', async (n) => ({ path: `/api/v1/indicators/${await indicator(n)}/retirement`, body: { effectiveDate: '2024-12-31' } })),
    staff('set target', async (n) => ({ path: `/api/v1/indicators/${await indicator(n)}/targets`, body: { horizon: '2023', value: 165000 } })),
    staff('revise target', async (n) => ({ path: `/api/v1/indicators/${await indicator(n, { target: true })}/target-revisions`, body: { horizon: 'term', oldValue: 100, newValue: 120 } })),
    staff('assign indicator', async (n) => ({ path: `/api/v1/indicators/${await indicator(n)}/assignments`, body: { lead: OWN, effectiveDate: '2021-04-01' } })),
    staff('reassign indicator', async (n) => ({ path: `/api/v1/indicators/${await indicator(n, { assign: true })}/reassignments`, body: { lead: OTHER, effectiveDate: '2022-01-01' } })),
    unitWriter('report value', async (n) => ({ path: `/api/v1/indicators/${await indicator(n, { assign: true })}/reports`, body: { period: '2023-H1', value: 42 } })),
    unitWriter('correct value', async (n) => ({ path: `/api/v1/indicators/${await indicator(n, { report: true })}/reports/r${n}/corrections`, body: { newValue: 51 } })),
    staff('assess indicator', async (n) => ({ path: `/api/v1/indicators/${await indicator(n)}/assessments`, body: { horizon: '2023', status: 'on_track', rationale: 'Đang đạt', asOfDate: '2023-08-02' } })),
    staff('issue directive', async (n) => ({
      path: '/api/v1/directives',
      body: { directiveId: `x${n}`, programId: PROGRAM, document: { issuer: 'BCĐ 08', number: `x${n}/TB-BCĐ`, date: '2023-06-06' }, issuer: 'BCĐ 08', titleVi: 'Thông báo', titleEn: 'Notice', summary: 'Tóm tắt', issuedOn: '2023-06-06' },
    })),
    staff('assign task', async (n) => ({ path: `${await directive(n, false)}/tasks`, body: { task: { taskId: 't9', titleVi: 'Việc', titleEn: 'Task', lead: OWN, dueDate: '2027-12-31' } } })),
    unitWriter('acknowledge task', async (n) => ({ path: `${await directive(n)}/tasks/t1/acknowledgements`, body: { note: 'Đã nhận' } })),
    unitWriter('report task progress', async (n) => ({ path: `${await directive(n)}/tasks/t1/progress`, body: { percent: 50, note: 'Đang làm' } })),
    unitWriter('complete task', async (n) => ({ path: `${await directive(n)}/tasks/t1/completion`, body: { evidence: 'Báo cáo số 12/BC' } })),
    staff('extend task deadline', async (n) => ({ path: `${await directive(n)}/tasks/t1/deadline-extensions`, body: { newDueDate: '2028-06-30' } })),
    staff('cancel task', async (n) => ({ path: `${await directive(n)}/tasks/t1/cancellation`, body: {} })),
    staff('issue document', async (n) => ({
      path: '/api/v1/documents',
      body: { documentId: `doc${n}`, programId: PROGRAM, document: { issuer: 'HĐND Thành phố', number: `${n}/NQ-HĐND`, date: '2023-07-04' }, kind: 'resolution', titleVi: 'Nghị quyết', titleEn: 'Resolution' },
    })),
    staff('plan document', async (n) => ({ path: '/api/v1/documents/planned', body: { documentId: `plan${n}`, programId: PROGRAM, kind: 'plan', plannedFor: '2030-H2', titleVi: 'Kế hoạch', titleEn: 'Plan' } })),
  ];
}

/** The units and the program every case builds on. */
export async function buildBase(t: TestApp): Promise<void> {
  const post = async (path: string, body: object) => {
    const res = await t.call('POST', path, { token: t.token('admin'), body });
    if (res.status !== 201) throw new Error(`base ${path} → ${res.status} ${res.text}`);
  };
  for (const [code, kind] of [['SLDTBXH', 'agency'], ['BCD08', 'committee'], [OWN, 'department'], [OTHER, 'department']]) {
    await post('/api/v1/units', { code, nameVi: `Đơn vị ${code}`, nameEn: `Unit ${code}`, kind, occurredAt: '2021-01-05' });
  }
  await post('/api/v1/programs', {
    programId: PROGRAM, document: DOC, titleVi: 'Chương trình 08-CTr/TU', titleEn: 'Program 08-CTr/TU', termStart: 2021, termEnd: 2025,
    standingAgency: 'SLDTBXH', steeringCommittee: 'BCD08', groups: [{ code: 'ASXH', nameVi: 'An sinh xã hội', nameEn: 'Social security' }], occurredAt: '2021-03-17',
  });
}
