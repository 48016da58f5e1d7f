import type { IndicatorDefinition } from '@chitieu/monitoring';

/**
 * The 27 indicators of Program 08-CTr/TU. Eight are named by public reporting (BRIEF.md); the
 * others are not public in the material at hand and stay unnamed ("Chỉ tiêu 9"), with a placeholder
 * measure and no targets or reports. Codes CT01-CT27 and their order are ours, not the program's:
 * CT01-CT15 form group G1 (15 on the social-security system), CT16-CT27 group G2 (12 on welfare).
 */
export interface SampleIndicator {
  readonly code: string;
  readonly definition: IndicatorDefinition;
  readonly lead: string;
  readonly coordinating: string[];
  /** Term target as adopted, or the draft first and the adopted value after (TargetRevised). */
  readonly term?: number | { draft: number; adopted: number };
  readonly plan2023?: number;
}

const named = (group: string, nameVi: string, nameEn: string, unitOfMeasure: string, measureType: IndicatorDefinition['measureType'], comparator: IndicatorDefinition['comparator']): IndicatorDefinition => ({
  nameVi, nameEn, named: true, group, unitOfMeasure, measureType, comparator,
  direction: comparator === 'lt' || comparator === 'lte' ? 'lower_is_better' : 'higher_is_better',
});
const unnamed = (n: number, group: string): IndicatorDefinition => ({
  nameVi: `Chỉ tiêu ${n}`, nameEn: `Indicator ${n}`, named: false, group,
  unitOfMeasure: '(chưa công bố)', measureType: 'index', direction: 'higher_is_better', comparator: 'gte',
});

const code = (n: number) => `CT${String(n).padStart(2, '0')}`;

const NAMED: SampleIndicator[] = [
  { code: 'CT01', definition: named('G1', 'Tỷ lệ thất nghiệp', 'Unemployment rate', '%', 'percent', 'lt'), lead: 'SLDTBXH', coordinating: ['CTK'], term: 3 },
  {
    code: 'CT02', definition: named('G1', 'Số lao động được giải quyết việc làm mới mỗi năm', 'New jobs created per year', 'lao động', 'count', 'gte'),
    lead: 'SLDTBXH', coordinating: ['CTK'], term: { draft: 160000, adopted: 165000 }, plan2023: 162000,
  },
  {
    code: 'CT03', definition: named('G1', 'Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội', 'Working-age labour force covered by social insurance', '%', 'percent', 'gte'),
    lead: 'BHXH', coordinating: ['SLDTBXH'], term: { draft: 50, adopted: 47.5 },
  },
  {
    code: 'CT04', definition: named('G1', 'Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp', 'Working-age labour force covered by unemployment insurance', '%', 'percent', 'gte'),
    lead: 'BHXH', coordinating: ['SLDTBXH'], term: 40,
  },
  { code: 'CT05', definition: named('G1', 'Tỷ lệ dân số tham gia bảo hiểm y tế', 'Population covered by health insurance', '%', 'percent', 'gte'), lead: 'BHXH', coordinating: ['SYT'], term: 95 },
  { code: 'CT06', definition: named('G1', 'Tỷ lệ hộ nghèo theo chuẩn Thành phố', 'Poor households under the city standard', '%', 'percent', 'lt'), lead: 'SLDTBXH', coordinating: ['MTTQ'], term: 0.01 },
  { code: 'CT16', definition: named('G2', 'Số giường bệnh trên 10.000 dân', 'Hospital beds per 10,000 people', 'giường/10.000 dân', 'rate_per_10000', 'gte'), lead: 'SYT', coordinating: ['SKHDT'], term: 35 },
  { code: 'CT17', definition: named('G2', 'Tỷ lệ dân số được quản lý sức khỏe', 'Population under health management', '%', 'percent', 'gt'), lead: 'SYT', coordinating: [], term: 98 },
];

/** Lead of an unnamed indicator: unknown, so the standing agency holds it (CT15: see assessments). */
const unnamedLead = (c: string) => (c === 'CT15' ? 'BDT' : 'SLDTBXH');

export const INDICATORS: SampleIndicator[] = Array.from({ length: 27 }, (_, i) => {
  const c = code(i + 1);
  return NAMED.find((x) => x.code === c) ?? { code: c, definition: unnamed(i + 1, i < 15 ? 'G1' : 'G2'), lead: unnamedLead(c), coordinating: [] };
});

export const indicatorIdOf = (c: string) => `hn-08-2021.${c}`;
