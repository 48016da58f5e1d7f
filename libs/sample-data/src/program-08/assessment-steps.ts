import { AssessIndicatorCommand, type AssessmentStatus } from '@chitieu/monitoring';
import { ARTICLE, AS_OF, SECRETARIAT, contextFor, type SampleStep } from './context';
import { INDICATORS, indicatorIdOf } from './indicators';

/**
 * The standing agency's assessments at the meeting of 02/08/2023: 18/27 met or exceeded the term
 * target; for the 2023 plan 19 met or exceeded (the 18 and poor households), 4 striving, 4
 * difficult, the difficult ones in the four areas the meeting named. Which unnamed indicator falls
 * in which group is the sample's allocation, and each rationale says so.
 */
interface Assessment {
  readonly term: AssessmentStatus;
  readonly plan2023: AssessmentStatus;
  readonly rationaleVi: string;
}

const ALLOCATED = '(chỉ tiêu chưa rõ tên: việc xếp vào nhóm này là phân bổ của dữ liệu mẫu)';
const MET_UNNAMED: Assessment = { term: 'met', plan2023: 'met', rationaleVi: `Thuộc 18/27 chỉ tiêu hoàn thành mục tiêu giai đoạn 2021-2025 ${ALLOCATED}` };
const STRIVING_UNNAMED: Assessment = { term: 'striving', plan2023: 'striving', rationaleVi: `Thuộc 4 chỉ tiêu đang phấn đấu hoàn thành kế hoạch năm 2023 ${ALLOCATED}` };

const NAMED: Record<string, Assessment> = {
  CT01: { term: 'met', plan2023: 'met', rationaleVi: 'Năm 2022 tỷ lệ thất nghiệp 2,23%; 6 tháng đầu năm 2023 dưới 3%.' },
  CT02: {
    term: 'exceeded', plan2023: 'met',
    rationaleVi: 'Năm 2022 giải quyết việc làm cho 203.027 lao động, vượt mục tiêu 165.000/năm; 6 tháng đầu năm 2023 đạt 113.418/162.000 lao động (báo cáo in 70,89%, tính ra 70,01%).',
  },
  CT03: { term: 'difficult', plan2023: 'difficult', rationaleVi: 'Số người tham gia bảo hiểm xã hội tăng chậm; vẫn còn đơn vị chậm đóng bảo hiểm xã hội, bảo hiểm y tế.' },
  CT04: { term: 'striving', plan2023: 'striving', rationaleVi: 'Đang phấn đấu hoàn thành kế hoạch năm 2023 (phân loại của dữ liệu mẫu).' },
  CT05: {
    term: 'striving', plan2023: 'striving',
    rationaleVi: 'Số người tham gia bảo hiểm y tế tăng chậm; hội nghị nêu chỉ tiêu BHXH, BHYT còn khó khăn, dữ liệu mẫu xếp chỉ tiêu này là đang phấn đấu.',
  },
  CT06: {
    term: 'striving', plan2023: 'met',
    rationaleVi: 'Đầu năm 2023 còn 2.134 hộ nghèo (0,095%), chưa đạt mục tiêu giai đoạn; Thành phố cơ bản không còn hộ nghèo, hoàn thành kế hoạch năm 2023 (phân loại của dữ liệu mẫu).',
  },
  CT15: { term: 'difficult', plan2023: 'difficult', rationaleVi: `Mức thu nhập của người dân vùng dân tộc thiểu số còn thấp so với bình quân chung Thành phố ${ALLOCATED}` },
  CT16: { term: 'difficult', plan2023: 'difficult', rationaleVi: 'Tiến độ đề xuất chủ trương đầu tư cơ sở y tế của các huyện còn chậm.' },
  CT17: { term: 'difficult', plan2023: 'difficult', rationaleVi: 'Việc lập hồ sơ quản lý sức khỏe toàn dân, khám chữa bệnh từ xa, bệnh án điện tử còn hạn chế.' },
  CT12: STRIVING_UNNAMED,
  CT24: STRIVING_UNNAMED,
};

export const assessmentOf = (code: string): Assessment => NAMED[code] ?? MET_UNNAMED;

export function assessmentSteps(): SampleStep[] {
  return INDICATORS.flatMap(({ code }) => {
    const a = assessmentOf(code);
    return (['term', '2023'] as const).map((horizon) => {
      const label = `assess-${code}-${horizon}`;
      const payload = { indicatorId: indicatorIdOf(code), horizon, status: horizon === 'term' ? a.term : a.plan2023, rationale: a.rationaleVi, asOfDate: AS_OF };
      return { label, occurredAt: AS_OF, command: new AssessIndicatorCommand(payload, contextFor(label, SECRETARIAT, AS_OF, { sourceDocument: ARTICLE })) };
    });
  });
}
