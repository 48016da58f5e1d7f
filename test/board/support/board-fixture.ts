/**
 * Answers shaped like the read side's DTOs (IndicatorStatusView, ProgramSummary), for the board's
 * browser tests against a stand-in API. The figures mirror the sample scenario at 02/08/2023:
 * 18 of 27 met for the term; 19 met, 4 striving, 4 difficult for the 2023 plan.
 */
export const PROGRAM = 'hn-08-2021';
export const INJECTION = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

type Status = 'exceeded' | 'met' | 'striving' | 'difficult';

function horizon(status: Status | null, target: number | null, value: number | null, year?: number) {
  const progress = target && value !== null ? Math.round((value / target) * 10000) / 100 : null;
  return {
    horizon: year ? String(year) : 'term', target, period: value === null ? null : '2023-H1', value, progress, expectedShare: null,
    computed: status, assessed: status ? { status, rationale: 'Đánh giá tại hội nghị sơ kết', asOfDate: '2023-08-02', unit: 'SLDTBXH' } : null,
    status, ...(year ? { year } : {}),
  };
}

function indicator(n: number) {
  const code = `CT-${String(n).padStart(2, '0')}`;
  const annual: Status = n <= 19 ? (n % 5 === 0 ? 'exceeded' : 'met') : n <= 23 ? 'striving' : 'difficult';
  const term: Status = n <= 18 ? 'met' : 'striving';
  const jobs = n === 1;
  return {
    id: `${PROGRAM}.${code}`, programId: PROGRAM, code,
    nameVi: jobs ? 'Số lao động được tạo việc làm mới' : n === 27 ? INJECTION : `Chỉ tiêu ${n}`,
    nameEn: jobs ? 'New jobs created' : n === 27 ? INJECTION : `Indicator ${n}`,
    named: jobs || n === 27, group: n <= 15 ? 'ASXH' : 'PLXH', unitOfMeasure: jobs ? 'người' : '%',
    measureType: jobs ? 'count' : 'percent', direction: 'higher_is_better', comparator: 'gte',
    lead: jobs ? 'SLDTBXH' : n % 2 ? 'SYT' : 'BHXH', coordinating: [], retiredOn: null,
    term: horizon(term, jobs ? 825000 : 95, jobs ? 113418 : 90),
    annual: horizon(annual, jobs ? 162000 : 95, jobs ? 113418 : 90, 2023),
    targets: {},
    values: jobs
      ? [{ reportId: 'r-2022', period: '2022', periodEnd: '2022-12-31', value: 203027, originalValue: 203027, corrections: 0 },
         { reportId: 'r-h1', period: '2023-H1', periodEnd: '2023-06-30', value: 113418, originalValue: 113418, corrections: 0 }]
      : [{ reportId: `r-${n}`, period: '2023-H1', periodEnd: '2023-06-30', value: 90, originalValue: 90, corrections: 0 }],
    flags: jobs ? [{ kind: 'quoted_percent_mismatch', indicatorId: `${PROGRAM}.${code}`, period: '2023-H1', reportId: 'r-h1', reportingUnit: 'SLDTBXH', message: 'quoted 70.89% but the figures give 70.01%', details: {} }] : [],
  };
}

export type FakeIndicator = ReturnType<typeof indicator>;

export function boardFixture() {
  const indicators = Array.from({ length: 27 }, (_, i) => indicator(i + 1));
  const summary = {
    programId: PROGRAM, titleVi: 'Chương trình 08-CTr/TU', titleEn: 'Program 08-CTr/TU', standingAgency: 'SLDTBXH',
    asOf: '2023-08-02', knownAt: '2023-08-02T16:59:59.999Z', indicatorCount: 27,
    term: { met: 18, exceeded: 0, on_track: 0, striving: 9, difficult: 0, no_status: 0 },
    annual: { year: 2023, met: 19, exceeded: 3, on_track: 0, striving: 4, difficult: 4, no_status: 0 },
    byGroup: [{ key: 'ASXH', nameVi: 'Hệ thống an sinh xã hội', nameEn: 'Social-security system' }, { key: 'PLXH', nameVi: 'Phúc lợi xã hội và chất lượng cuộc sống', nameEn: 'Social welfare and quality of life' }],
    byLeadUnit: [],
    reviewMeetings: [{ meetingId: 'so-ket-2023', date: '2023-08-02', titleVi: 'Hội nghị sơ kết giữa nhiệm kỳ', titleEn: 'Mid-term review meeting' }],
  };
  // As GET /api/v1/directives lists them: one row per task, with its directive's document number.
  const task = (taskId: string, titleVi: string, titleEn: string, lead: string, dueDate: string, status: string) => ({
    taskId, directiveId: 'tb-07-2023', documentNumber: '07/TB-BCĐ', directiveTitleVi: 'Thông báo kết luận', issuedOn: '2023-06-06',
    titleVi, titleEn, lead, coordinating: [], dueDate, originalDueDate: dueDate, status, overdue: dueDate < '2023-08-02', daysOverdue: 0,
  });
  const directives = [
    task('t1', 'Rà soát các chỉ tiêu đến hết nhiệm kỳ', 'Review the indicators to the end of the term', 'SYT', '2023-07-15', 'assigned'),
    task('t3', INJECTION, INJECTION, 'SLDTBXH', '2023-08-10', 'assigned'),
    task('t2', 'Đề xuất chính sách đặc thù của Thành phố', 'Propose city-specific policies', 'BHXH', '2023-08-20', 'acknowledged'),
  ];
  const units = [
    { code: 'SLDTBXH', nameVi: 'Sở Lao động - Thương binh và Xã hội', nameEn: 'Department of Labour, Invalids and Social Affairs' },
    { code: 'SYT', nameVi: 'Sở Y tế', nameEn: 'Department of Health' },
    { code: 'BHXH', nameVi: 'Bảo hiểm xã hội Hà Nội', nameEn: 'Hanoi Social Insurance' },
  ];
  return { summary, indicators, directives, units };
}
export type BoardFixture = ReturnType<typeof boardFixture>;
