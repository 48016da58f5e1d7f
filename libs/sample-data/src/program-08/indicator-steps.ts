import { AssignIndicatorCommand, DefineIndicatorCommand, ReviseTargetCommand, SetTargetCommand } from '@chitieu/monitoring';
import { CITY_PLAN, PROGRAM_DOCUMENT, PROGRAM_ID, SECRETARIAT, contextFor, type SampleStep } from './context';
import { INDICATORS, indicatorIdOf, type SampleIndicator } from './indicators';

const DEFINED_ON = '2021-03-17';
const ASSIGNED_ON = '2021-04-01';
const PLAN_2023_ON = '2023-01-05';
const UNKNOWN_LEAD = 'Đơn vị chủ trì thực tế chưa rõ trong tài liệu công khai: giao cơ quan thường trực (giả định của dữ liệu mẫu)';
const BY_AREA = 'Phân công theo lĩnh vực của chỉ tiêu (giả định của dữ liệu mẫu, chưa đối chiếu văn bản phân công)';
const BY_DIFFICULT_AREA = 'Chỉ tiêu chưa rõ tên; giao Ban Dân tộc theo lĩnh vực khó khăn "thu nhập người dân vùng dân tộc thiểu số" nêu tại hội nghị sơ kết (giả định của dữ liệu mẫu)';

function targetSteps(ind: SampleIndicator): SampleStep[] {
  const id = indicatorIdOf(ind.code);
  const steps: SampleStep[] = [];
  if (ind.term !== undefined) {
    const first = typeof ind.term === 'number' ? ind.term : ind.term.draft;
    const label = `target-${ind.code}-term`;
    steps.push({ label, occurredAt: DEFINED_ON, command: new SetTargetCommand({ indicatorId: id, horizon: 'term', value: first }, contextFor(label, SECRETARIAT, DEFINED_ON, { sourceDocument: PROGRAM_DOCUMENT })) });
  }
  if (ind.term !== undefined && typeof ind.term !== 'number') {
    const label = `target-${ind.code}-term-revised`;
    const why = { reason: `Dự thảo ${ind.term.draft}, Kế hoạch thực hiện thông qua ${ind.term.adopted}`, sourceDocument: CITY_PLAN };
    const payload = { indicatorId: id, horizon: 'term' as const, oldValue: ind.term.draft, newValue: ind.term.adopted };
    steps.push({ label, occurredAt: CITY_PLAN.date, command: new ReviseTargetCommand(payload, contextFor(label, SECRETARIAT, CITY_PLAN.date, why)) });
  }
  if (ind.plan2023 !== undefined) {
    const label = `target-${ind.code}-2023`;
    const why = { reason: 'Kế hoạch năm 2023 (162.000 lao động theo báo cáo sơ kết 02/08/2023; ngày giao giả định)' };
    steps.push({ label, occurredAt: PLAN_2023_ON, command: new SetTargetCommand({ indicatorId: id, horizon: '2023', value: ind.plan2023 }, contextFor(label, SECRETARIAT, PLAN_2023_ON, why)) });
  }
  return steps;
}

export function indicatorSteps(): SampleStep[] {
  return INDICATORS.flatMap((ind) => {
    const id = indicatorIdOf(ind.code);
    const define = `define-${ind.code}`;
    const assign = `assign-${ind.code}`;
    const assignWhy = { reason: ind.definition.named ? BY_AREA : ind.lead === 'BDT' ? BY_DIFFICULT_AREA : UNKNOWN_LEAD };
    return [
      { label: define, occurredAt: DEFINED_ON, command: new DefineIndicatorCommand({ programId: PROGRAM_ID, code: ind.code, ...ind.definition }, contextFor(define, SECRETARIAT, DEFINED_ON, { sourceDocument: PROGRAM_DOCUMENT })) },
      { label: assign, occurredAt: ASSIGNED_ON, command: new AssignIndicatorCommand({ indicatorId: id, lead: ind.lead, coordinating: ind.coordinating, effectiveDate: ASSIGNED_ON }, contextFor(assign, SECRETARIAT, ASSIGNED_ON, assignWhy)) },
      ...targetSteps(ind),
    ];
  });
}
