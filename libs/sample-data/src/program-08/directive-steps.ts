import {
  AcknowledgeTaskCommand, CompleteTaskCommand, IssueDirectiveCommand, MarkTaskOverdueCommand, ReportTaskProgressCommand,
} from '@chitieu/directives';
import { NOTICE_07, PROGRAM_ID, SECRETARIAT, WATCHER, contextFor, unitUser, type SampleStep } from './context';
import { indicatorIdOf } from './indicators';

/**
 * Notice 07/TB-BCĐ of 06/06/2023. Its first two tasks are in the article; the others follow the
 * difficulties the meeting named. Due dates, acknowledgements, progress and completions are
 * illustrative sample data: the notice's own deadlines are not in the material at hand.
 */
export const DIRECTIVE_ID = '07-TB-BCD-2023';
const ISSUED_ON = NOTICE_07.date;
const MEMBERS = ['SYT', 'SGDDT', 'SNV', 'SVHTT', 'SXD', 'BHXH', 'MTTQ', 'CTK', 'SKHDT', 'BDT'];

const TASKS = [
  { taskId: 'T1', titleVi: 'Rà soát, đánh giá các chỉ tiêu, nhiệm vụ của Chương trình đến hết nhiệm kỳ', titleEn: 'Review every indicator and task to the end of the term', lead: 'SLDTBXH', coordinating: MEMBERS, dueDate: '2023-07-31', indicatorIds: [] },
  { taskId: 'T2', titleVi: 'Nghiên cứu, đề xuất cơ chế, chính sách mới, chính sách đặc thù của Thành phố', titleEn: 'Propose new city-specific policies', lead: 'SLDTBXH', coordinating: ['SNV'], dueDate: '2023-09-30', indicatorIds: [] },
  { taskId: 'T3', titleVi: 'Đẩy nhanh đề xuất chủ trương đầu tư cơ sở y tế của các huyện', titleEn: 'Speed up investment proposals for district health facilities', lead: 'SYT', coordinating: ['SKHDT'], dueDate: '2023-07-31', indicatorIds: [indicatorIdOf('CT16')] },
  { taskId: 'T4', titleVi: 'Triển khai lập hồ sơ quản lý sức khỏe toàn dân, khám chữa bệnh từ xa, bệnh án điện tử', titleEn: 'Population health records, telemedicine and electronic medical records', lead: 'SYT', coordinating: [], dueDate: '2023-07-15', indicatorIds: [indicatorIdOf('CT17')] },
  { taskId: 'T5', titleVi: 'Xây dựng kế hoạch phát triển người tham gia BHXH, BHYT; xử lý đơn vị chậm đóng', titleEn: 'Plan to grow social and health insurance participation; act on late payers', lead: 'BHXH', coordinating: ['SLDTBXH'], dueDate: '2023-06-30', indicatorIds: [indicatorIdOf('CT03'), indicatorIdOf('CT05')] },
  { taskId: 'T6', titleVi: 'Nâng cao thu nhập của người dân vùng đồng bào dân tộc thiểu số, miền núi', titleEn: 'Raise incomes in ethnic-minority and mountain areas', lead: 'BDT', coordinating: ['SLDTBXH'], dueDate: '2023-12-31', indicatorIds: [indicatorIdOf('CT15')] },
];

const ref = (taskId: string) => ({ directiveId: DIRECTIVE_ID, taskId });

function issue(): SampleStep {
  const label = 'directive-07-TB-BCD';
  const payload = {
    directiveId: DIRECTIVE_ID, programId: PROGRAM_ID, document: NOTICE_07, issuer: 'BCD08',
    titleVi: 'Thông báo kết luận số 07/TB-BCĐ ngày 06/06/2023 của Ban Chỉ đạo Chương trình 08-CTr/TU',
    titleEn: 'Conclusion notice 07/TB-BCĐ of 06/06/2023 of the Program 08-CTr/TU steering committee',
    summary: 'Yêu cầu rà soát, đánh giá các chỉ tiêu, nhiệm vụ của Chương trình đến hết nhiệm kỳ; tiếp tục nghiên cứu, ban hành cơ chế, chính sách mới, chính sách đặc thù. (Nhiệm vụ T3-T6 và các hạn hoàn thành là dữ liệu mẫu minh họa.)',
    issuedOn: ISSUED_ON, tasks: TASKS,
  };
  return { label, occurredAt: ISSUED_ON, command: new IssueDirectiveCommand(payload, contextFor(label, SECRETARIAT, ISSUED_ON, { sourceDocument: NOTICE_07 })) };
}

const step = (label: string, occurredAt: string, make: (label: string) => SampleStep['command']): SampleStep => ({ label, occurredAt, command: make(label) });

export function directiveSteps(): SampleStep[] {
  const ack = (taskId: string, unit: string, on: string) =>
    step(`ack-${taskId}-${unit}`, on, (l) => new AcknowledgeTaskCommand({ ...ref(taskId), note: null }, contextFor(l, unitUser(unit), on)));
  const progress = (taskId: string, unit: string, on: string, percent: number | null, note: string) =>
    step(`progress-${taskId}-${on}`, on, (l) => new ReportTaskProgressCommand({ ...ref(taskId), percent, note }, contextFor(l, unitUser(unit), on)));
  const complete = (taskId: string, unit: string, on: string, evidence: string) =>
    step(`complete-${taskId}`, on, (l) => new CompleteTaskCommand({ ...ref(taskId), evidence }, contextFor(l, unitUser(unit), on)));
  const overdue = (taskId: string) =>
    step(`overdue-${taskId}`, '2023-08-02', (l) => new MarkTaskOverdueCommand(ref(taskId), contextFor(l, WATCHER, '2023-08-02')));
  return [
    issue(),
    ack('T1', 'SLDTBXH', '2023-06-08'), ack('T2', 'SLDTBXH', '2023-06-08'),
    ack('T3', 'SYT', '2023-06-09'), ack('T4', 'SYT', '2023-06-09'),
    ack('T5', 'BHXH', '2023-06-09'), ack('T6', 'BDT', '2023-06-12'),
    complete('T5', 'BHXH', '2023-06-28', 'Kế hoạch phát triển người tham gia BHXH, BHYT đã ban hành (dữ liệu mẫu minh họa)'),
    progress('T3', 'SYT', '2023-07-10', null, 'Đang tổng hợp đề xuất chủ trương đầu tư của các huyện (dữ liệu mẫu minh họa)'),
    progress('T2', 'SLDTBXH', '2023-07-20', 40, 'Đã lấy ý kiến các sở, ngành về chính sách đặc thù (dữ liệu mẫu minh họa)'),
    complete('T1', 'SLDTBXH', '2023-07-25', 'Đã rà soát, đánh giá 27 chỉ tiêu; kết quả báo cáo tại Hội nghị sơ kết 02/08/2023'),
    overdue('T4'), overdue('T3'),
  ];
}
