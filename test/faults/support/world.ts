import { TokenService } from '@chitieu/http';
import { post201 } from './http';

export const FAULT_SECRET = 'fault-tests-secret-fault-tests-secret-0123456789';
const tokens = new TokenService(FAULT_SECRET, '2h');

export const secretariatToken = () => tokens.sign({ sub: 'sec-1', role: 'secretariat' });
export const unitToken = (unit: string) => tokens.sign({ sub: `user-${unit}`, role: 'unit', unit });

export const PROGRAM = 'p08';
const DOC = { issuer: 'Thành ủy Hà Nội', number: '08-CTr/TU', date: '2021-03-17' };

export interface ReportingWorld {
  /** One indicator per client, each led by a district unit. */
  readonly indicators: { readonly id: string; readonly unit: string }[];
}

/**
 * Built through the API as the secretariat would (tokens from `token`, FAULT_SECRET by default): the standing agency, the committee, district
 * units, the program, and `count` indicators each assigned to one unit (units shared round-robin).
 */
export async function buildReportingWorld(url: string, count: number, unitCount = 8, token: () => string = secretariatToken): Promise<ReportingWorld> {
  // A fresh token per command: the per-token write rate limit stays out of the fixture's way.
  const post = (path: string, body: unknown) => post201(url, path, token(), body);
  await post('/api/v1/units', { code: 'SLDTBXH', nameVi: 'Sở Lao động - Thương binh và Xã hội', nameEn: 'DOLISA', kind: 'agency', occurredAt: '2021-01-05' });
  await post('/api/v1/units', { code: 'BCD08', nameVi: 'Ban chỉ đạo 08', nameEn: 'Steering committee 08', kind: 'committee', occurredAt: '2021-01-05' });
  const units = Array.from({ length: unitCount }, (_, i) => `Q${String(i + 1).padStart(3, '0')}`);
  for (const [i, code] of units.entries()) {
    await post('/api/v1/units', { code, nameVi: `Quận ${i + 1}`, nameEn: `District ${i + 1}`, kind: 'district', districtType: 'quan', occurredAt: '2021-01-05' });
  }
  await post('/api/v1/programs', {
    programId: PROGRAM, document: DOC, titleVi: 'Chương trình 08-CTr/TU', titleEn: 'Program 08-CTr/TU', termStart: 2021, termEnd: 2025,
    standingAgency: 'SLDTBXH', steeringCommittee: 'BCD08', groups: [{ code: 'ASXH', nameVi: 'An sinh xã hội', nameEn: 'Social security' }], occurredAt: '2021-03-17',
  });
  const indicators: { id: string; unit: string }[] = [];
  for (let i = 1; i <= count; i++) {
    const code = `CT${String(i).padStart(2, '0')}`;
    await post(`/api/v1/programs/${PROGRAM}/indicators`, {
      code, nameVi: `Chỉ tiêu ${i}`, nameEn: `Indicator ${i}`, named: false, group: 'ASXH', unitOfMeasure: 'người',
      measureType: 'count', direction: 'higher_is_better', comparator: 'gte', occurredAt: '2021-03-20',
    });
    const unit = units[(i - 1) % units.length];
    await post(`/api/v1/indicators/${PROGRAM}.${code}/assignments`, { lead: unit, effectiveDate: '2021-04-01', occurredAt: '2021-04-01' });
    indicators.push({ id: `${PROGRAM}.${code}`, unit });
  }
  return { indicators };
}

/** The n-th day of the term as a cumulative period: a fresh period for every report a client sends. */
export function cumulativePeriod(n: number): string {
  const d = new Date(Date.UTC(2021, 0, 1) + n * 86_400_000);
  return `cum:${d.toISOString().slice(0, 10)}`;
}
