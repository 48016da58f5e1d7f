import { deciderSpec, testContext } from '../../../testing/src/decider-spec';
import type { Handover } from '../../../organisation/src/domain/access.policy';
import { directiveDecider } from './directive.decider';
import type { IssueDirective } from './directive.commands';
import type { DirectiveEvent, TaskSpec } from './directive.events';

const spec = deciderSpec(directiveDecider, testContext());
const D = '07-TB-BCD-2023';
const task: TaskSpec = {
  taskId: 'T1', titleVi: 'Rà soát chỉ tiêu, nhiệm vụ đến hết nhiệm kỳ', titleEn: 'Review indicators and tasks to the end of the term',
  lead: 'SYT', coordinating: ['SNV'], dueDate: '2023-07-15', indicatorIds: ['hn-08-2021.CT01'],
};
const facts = { known: { SYT: { mergedInto: null }, SNV: { mergedInto: null }, H016: { mergedInto: 'H017' } }, knownIndicators: ['hn-08-2021.CT01'] };
const data: IssueDirective['data'] = {
  directiveId: D, programId: 'hn-08-2021', document: { issuer: 'BCĐ Chương trình 08-CTr/TU', number: '07/TB-BCĐ', date: '2023-06-06' },
  issuer: 'BCD08', titleVi: 'Thông báo kết luận', titleEn: 'Conclusion notice', summary: 'Rà soát, đánh giá các chỉ tiêu', issuedOn: '2023-06-06', tasks: [task],
};
const issueCmd = (over: Partial<IssueDirective['data']> = {}): IssueDirective => ({ type: 'IssueDirective', data: { ...data, ...over }, programExists: true, ...facts });
const issued: DirectiveEvent = { type: 'DirectiveIssued', data };
const ref = { directiveId: D, taskId: 'T1' };
const asUnit = (unit: string, occurredAt = '2023-07-01') => ({ role: 'unit' as const, unit, occurredAt });
const cancelled: DirectiveEvent = { type: 'TaskCancelled', data: ref };
const completed: DirectiveEvent = { type: 'TaskCompleted', data: { ...ref, unitCode: 'SYT', evidence: 'Báo cáo', evidenceDocument: null } };
const complete = (handovers: Handover[] = []) => ({ type: 'CompleteTask' as const, data: { ...ref, evidence: 'Báo cáo số 123', evidenceDocument: null }, handovers });

describe('Directive decider', () => {
  describe('IssueDirective and AssignTask', () => {
    it('issues a notice with its tasks', () => {
      spec.given([]).when(issueCmd()).then([issued]);
    });
    it('rejects a task due before the directive was issued, naming the task field', () => {
      spec.given([]).when(issueCmd({ tasks: [{ ...task, dueDate: '2023-06-05' }] })).thenFails({ code: 'TASK.DUE_BEFORE_ISSUE', field: 'tasks[0].dueDate' });
    });
    it('rejects an unknown program, unit or indicator, a merged unit, duplicate task ids and issuing twice', () => {
      spec.given([]).when({ ...issueCmd(), programExists: false }).thenFails({ code: 'PROGRAM.NOT_FOUND', field: 'programId' });
      spec.given([]).when(issueCmd({ tasks: [{ ...task, lead: 'NOPE' }] })).thenFails({ code: 'UNIT.NOT_FOUND', field: 'tasks[0].lead' });
      spec.given([]).when(issueCmd({ tasks: [{ ...task, coordinating: ['H016'] }] })).thenFails({ code: 'UNIT.MERGED', field: 'tasks[0].coordinating' });
      spec.given([]).when(issueCmd({ tasks: [{ ...task, indicatorIds: ['x.CT99'] }] })).thenFails({ code: 'INDICATOR.NOT_FOUND', field: 'tasks[0].indicatorIds' });
      spec.given([]).when(issueCmd({ tasks: [task, task] })).thenFails({ code: 'TASK.DUPLICATE_ID' });
      spec.given([issued]).when(issueCmd()).thenFails({ code: 'DIRECTIVE.ALREADY_EXISTS', kind: 'conflict' });
    });
    it('rejects an issue date after today and unit users', () => {
      spec.given([]).when(issueCmd({ issuedOn: '2023-09-01' })).thenFails({ code: 'COMMAND.DATE_IN_FUTURE', field: 'issuedOn' });
      spec.given([]).when(issueCmd(), asUnit('SYT')).thenFails({ code: 'AUTH.STAFF_ONLY', kind: 'forbidden' });
    });
    it('adds a task later, with the same rules', () => {
      const t2 = { ...task, taskId: 'T2' };
      spec.given([issued]).when({ type: 'AssignTask', data: { directiveId: D, task: t2 }, ...facts }).then([{ type: 'TaskAssigned', data: { directiveId: D, task: t2 } }]);
      spec.given([issued]).when({ type: 'AssignTask', data: { directiveId: D, task }, ...facts }).thenFails({ code: 'TASK.DUPLICATE_ID', field: 'task.taskId' });
      spec.given([]).when({ type: 'AssignTask', data: { directiveId: D, task: t2 }, ...facts }).thenFails({ code: 'DIRECTIVE.NOT_FOUND', kind: 'not_found' });
    });
  });

  describe('unit work on a task', () => {
    it('the lead acknowledges once, a coordinating unit too', () => {
      spec.given([issued]).when({ type: 'AcknowledgeTask', data: { ...ref, note: null }, handovers: [] }, asUnit('SYT')).then([{ type: 'TaskAcknowledged', data: { ...ref, unitCode: 'SYT', note: null } }]);
      const ack: DirectiveEvent = { type: 'TaskAcknowledged', data: { ...ref, unitCode: 'SYT', note: null } };
      spec.given([issued, ack]).when({ type: 'AcknowledgeTask', data: { ...ref, note: null }, handovers: [] }, asUnit('SYT')).thenFails({ code: 'TASK.ALREADY_ACKNOWLEDGED' });
      spec.given([issued, ack]).when({ type: 'AcknowledgeTask', data: { ...ref, note: null }, handovers: [] }, asUnit('SNV')).then([{ type: 'TaskAcknowledged', data: { ...ref, unitCode: 'SNV', note: null } }]);
    });
    it('reports progress with a note and a percent within 0..100', () => {
      const progress = (percent: number | null, note = 'Đang thực hiện') => ({ type: 'ReportTaskProgress' as const, data: { ...ref, percent, note }, handovers: [] });
      spec.given([issued]).when(progress(40), asUnit('SYT')).then([{ type: 'TaskProgressReported', data: { ...ref, unitCode: 'SYT', percent: 40, note: 'Đang thực hiện' } }]);
      spec.given([issued]).when(progress(140), asUnit('SYT')).thenFails({ code: 'TASK.PERCENT_OUT_OF_RANGE', field: 'percent' });
      spec.given([issued]).when(progress(null, ''), asUnit('SYT')).thenFails({ code: 'INPUT.REQUIRED', field: 'note' });
    });
    it('completes with evidence', () => {
      spec.given([issued]).when(complete(), asUnit('SYT')).then([{ type: 'TaskCompleted', data: { ...ref, unitCode: 'SYT', evidence: 'Báo cáo số 123', evidenceDocument: null } }]);
      spec.given([issued]).when({ ...complete(), data: { ...complete().data, evidence: ' ' } }, asUnit('SYT')).thenFails({ code: 'INPUT.REQUIRED', field: 'evidence' });
    });
    it('refuses completing a cancelled or completed task, a missing task, and acting before the issue', () => {
      spec.given([issued, cancelled]).when(complete(), asUnit('SYT')).thenFails({ code: 'TASK.CANCELLED', kind: 'conflict' });
      spec.given([issued, completed]).when(complete(), asUnit('SYT')).thenFails({ code: 'TASK.ALREADY_COMPLETED', kind: 'conflict' });
      spec.given([issued]).when({ ...complete(), data: { ...complete().data, taskId: 'T9' } }).thenFails({ code: 'TASK.NOT_FOUND', kind: 'not_found' });
      spec.given([issued]).when(complete(), asUnit('SYT', '2023-06-01')).thenFails({ code: 'TASK.BEFORE_ISSUE', field: 'occurredAt' });
    });
    it('refuses units not on the task; a successor acts from the transfer date', () => {
      spec.given([issued]).when(complete(), asUnit('SXD')).thenFails({ code: 'AUTH.NOT_ASSIGNED_TO_UNIT', kind: 'forbidden' });
      const transfer: Handover = { from: 'SYT', to: 'SXD', effectiveDate: '2023-07-01', indicatorIds: [], taskIds: ['T1'] };
      spec.given([issued]).when(complete([transfer]), asUnit('SXD', '2023-06-30')).thenFails({ code: 'AUTH.NOT_ASSIGNED_TO_UNIT' });
      spec.given([issued]).when(complete([transfer]), asUnit('SXD')).then([{ type: 'TaskCompleted', data: { ...ref, unitCode: 'SXD', evidence: 'Báo cáo số 123', evidenceDocument: null } }]);
    });
  });

  describe('secretariat work on a task', () => {
    const why = { reason: 'Theo đề nghị của Sở Y tế' };
    it('extends a deadline to a later date, with a reason', () => {
      const ext = (newDueDate: string) => ({ type: 'ExtendTaskDeadline' as const, data: { ...ref, newDueDate } });
      spec.given([issued]).when(ext('2023-09-30'), why).then([{ type: 'TaskDeadlineExtended', data: { ...ref, oldDueDate: '2023-07-15', newDueDate: '2023-09-30' } }]);
      spec.given([issued]).when(ext('2023-07-01'), why).thenFails({ code: 'TASK.DEADLINE_NOT_LATER', field: 'newDueDate' });
      spec.given([issued]).when(ext('2023-09-30')).thenFails({ code: 'TASK.REASON_REQUIRED', field: 'reason' });
      spec.given([issued]).when(ext('2023-09-30'), { ...why, ...asUnit('SYT') }).thenFails({ code: 'AUTH.STAFF_ONLY' });
    });
    it('cancels an open task with a reason, not a completed one', () => {
      spec.given([issued]).when({ type: 'CancelTask', data: ref }, why).then([cancelled]);
      spec.given([issued]).when({ type: 'CancelTask', data: ref }).thenFails({ code: 'TASK.REASON_REQUIRED' });
      spec.given([issued, completed]).when({ type: 'CancelTask', data: ref }, why).thenFails({ code: 'TASK.ALREADY_COMPLETED' });
    });
    it('marks an unfinished task overdue once per due date, only after it is due', () => {
      const mark = { type: 'MarkTaskOverdue' as const, data: ref };
      const overdue: DirectiveEvent = { type: 'TaskWentOverdue', data: { ...ref, dueDate: '2023-07-15', detectedOn: '2023-08-02' } };
      spec.given([issued]).when(mark, { role: 'system' }).then([overdue]);
      spec.given([issued]).when(mark, { occurredAt: '2023-07-15' }).thenFails({ code: 'TASK.NOT_YET_DUE' });
      spec.given([issued, overdue]).when(mark).thenFails({ code: 'TASK.ALREADY_OVERDUE', kind: 'conflict' });
      spec.given([issued, completed]).when(mark).thenFails({ code: 'TASK.ALREADY_COMPLETED' });
      spec.given([issued]).when(mark, { role: 'viewer' }).thenFails({ code: 'AUTH.READ_ONLY_ROLE' });
    });
  });
});
