import { HoldReviewMeetingCommand, ReportValueCommand, type ReportValuePayload } from '@chitieu/monitoring';
import { ARTICLE, AS_OF, PROGRAM_ID, SECRETARIAT, contextFor, unitUser, type SampleStep, type Why } from './context';
import { indicatorIdOf } from './indicators';

/** 2022 figures from public reporting on the program; the day they were recorded is assumed. */
const REPORTED_2022_ON = '2023-01-10';
const PUBLIC_2022: Why = { reason: 'Số liệu năm 2022 theo báo cáo công khai về Chương trình (ngày ghi nhận giả định)' };

const report = (label: string, occurredAt: string, payload: ReportValuePayload, why: Why): SampleStep => ({
  label, occurredAt, command: new ReportValueCommand(payload, contextFor(label, unitUser('SLDTBXH'), occurredAt, why)),
});

export function reportSteps(): SampleStep[] {
  return [
    report('report-CT01-2022', REPORTED_2022_ON, { indicatorId: indicatorIdOf('CT01'), reportId: 'CT01-2022', period: '2022', value: 2.23 }, PUBLIC_2022),
    report('report-CT02-2022', REPORTED_2022_ON, { indicatorId: indicatorIdOf('CT02'), reportId: 'CT02-2022', period: '2022', value: 203027 }, PUBLIC_2022),
    report('report-CT02-2023-H1', AS_OF, {
      indicatorId: indicatorIdOf('CT02'), reportId: 'CT02-2023-H1', period: '2023-H1', value: 113418, quotedTarget: 162000, quotedPercent: 70.89,
      note: 'Như in trong báo cáo: "113.418/162.000 lao động (đạt 70,89% kế hoạch năm)"; 113.418/162.000 tính ra 70,01%.',
    }, { sourceDocument: ARTICLE }),
    // The end-2022 position quoted mid-2023: the period is 2022, the business date is the meeting's.
    report('report-CT06-2022', AS_OF, {
      indicatorId: indicatorIdOf('CT06'), reportId: 'CT06-2022', period: '2022', value: 0.095,
      note: 'Đầu năm 2023, theo chuẩn nghèo giai đoạn 2022-2025: 2.134 hộ nghèo (0,095% tổng số hộ) và 22.263 hộ cận nghèo (0,99%); 16 quận, huyện không có hộ nghèo; Hai Bà Trưng, Cầu Giấy, Ba Đình không còn hộ nghèo và hộ cận nghèo.',
    }, { sourceDocument: ARTICLE }),
  ];
}

export function meetingSteps(): SampleStep[] {
  const label = 'meeting-2023-08-02';
  const payload = {
    programId: PROGRAM_ID, meetingId: 'so-ket-6-thang-2023', date: AS_OF,
    titleVi: 'Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023',
    titleEn: 'Review of the first half of 2023 and tasks for the second half',
  };
  return [{ label, occurredAt: AS_OF, command: new HoldReviewMeetingCommand(payload, contextFor(label, SECRETARIAT, AS_OF, { sourceDocument: ARTICLE })) }];
}
