import type { TestApp } from './app-harness';

/**
 * A small world built through the API, as a secretariat user would: units, a program, two
 * indicators with targets and assignments, and a directive with two tasks.
 */
export const DOC = { issuer: 'Thành ủy Hà Nội', number: '08-CTr/TU', date: '2021-03-17' };
export const NOTICE = { issuer: 'BCĐ Chương trình 08-CTr/TU', number: '07/TB-BCĐ', date: '2023-06-06' };

export async function buildWorld(t: TestApp): Promise<{ admin: string; syt: string; q001: string }> {
  const admin = t.token('secretariat', undefined);
  const post = async (path: string, body: unknown) => {
    const res = await t.call('POST', path, { token: admin, body });
    if (res.status !== 201) throw new Error(`${path} → ${res.status} ${res.text}`);
    return res;
  };
  const unit = (code: string, nameVi: string, kind: string, extra: object = {}) =>
    post('/api/v1/units', { code, nameVi, nameEn: nameVi, kind, occurredAt: '2021-01-05', ...extra });
  await unit('SLDTBXH', 'Sở Lao động - Thương binh và Xã hội', 'agency');
  await unit('BCD08', 'Ban chỉ đạo Chương trình 08-CTr/TU', 'committee');
  await unit('SYT', 'Sở Y tế', 'department');
  await unit('SGDDT', 'Sở Giáo dục và Đào tạo', 'department');
  await unit('Q001', 'Quận Ba Đình', 'district', { statisticsCode: '001', districtType: 'quan' });
  await post('/api/v1/programs', {
    programId: 'p1', document: DOC, titleVi: 'Chương trình an sinh xã hội', titleEn: 'Social security programme',
    termStart: 2021, termEnd: 2025, standingAgency: 'SLDTBXH', steeringCommittee: 'BCD08',
    groups: [{ code: 'ASXH', nameVi: 'Hệ thống an sinh xã hội', nameEn: 'Social security system' }], occurredAt: '2021-03-17',
  });
  const define = (code: string, measureType: string, direction: string, comparator: string) =>
    post('/api/v1/programs/p1/indicators', {
      code, nameVi: `Chỉ tiêu ${code}`, nameEn: `Indicator ${code}`, named: false, group: 'ASXH',
      unitOfMeasure: measureType === 'percent' ? '%' : 'người', measureType, direction, comparator, occurredAt: '2021-03-20',
    });
  await define('CT01', 'count', 'higher_is_better', 'gte');
  await define('CT02', 'percent', 'lower_is_better', 'lt');
  await post('/api/v1/indicators/p1.CT01/targets', { horizon: '2023', value: 162000, occurredAt: '2023-01-10' });
  await post('/api/v1/indicators/p1.CT02/targets', { horizon: 'term', value: 3, occurredAt: '2021-03-20' });
  for (const id of ['p1.CT01', 'p1.CT02']) {
    await post(`/api/v1/indicators/${id}/assignments`, { lead: 'SYT', coordinating: ['Q001'], effectiveDate: '2021-04-01', occurredAt: '2021-04-01' });
  }
  await post('/api/v1/directives', {
    directiveId: 'tb07', programId: 'p1', document: NOTICE, issuer: 'BCĐ Chương trình 08-CTr/TU',
    titleVi: 'Thông báo kết luận', titleEn: 'Conclusion notice', summary: 'Rà soát chỉ tiêu, nhiệm vụ đến hết nhiệm kỳ', issuedOn: '2023-06-06',
    tasks: [
      { taskId: 't1', titleVi: 'Rà soát chỉ tiêu', titleEn: 'Review indicators', lead: 'SYT', dueDate: '2023-09-30' },
      { taskId: 't2', titleVi: 'Đề xuất chính sách', titleEn: 'Propose policies', lead: 'SGDDT', dueDate: '2023-12-31' },
    ],
    occurredAt: '2023-06-06',
  });
  return { admin, syt: t.token('unit', 'SYT'), q001: t.token('unit', 'Q001') };
}
