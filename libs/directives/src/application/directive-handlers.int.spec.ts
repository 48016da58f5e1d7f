import { onEachEngine } from '@chitieu/testing';
import { PostgresEventStore, type EventStore } from '@chitieu/event-store';
import type { CommandContext } from '@chitieu/kernel';
import { LaunchProgramCommand } from '@chitieu/monitoring';
import { RegisterUnitCommand, RenameUnitCommand, TransferResponsibilitiesCommand } from '@chitieu/organisation';
import { createWriteSide, type WriteSide } from '@chitieu/sample-data';
import { AssignTaskCommand } from './assign-task/assign-task.command';
import { CancelTaskCommand } from './cancel-task/cancel-task.command';
import { CompleteTaskCommand } from './complete-task/complete-task.command';
import { ExtendTaskDeadlineCommand } from './extend-task-deadline/extend-task-deadline.command';
import { IssueDirectiveCommand } from './issue-directive/issue-directive.command';

const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({
  actor: 'thu-ky', role: 'secretariat', unit: 'SLDTBXH', today: '2023-08-02', occurredAt: '2023-06-06',
  reason: null, sourceDocument: null, correlationId: 'corr-dir', causationId: null, ...over,
});
const D = '07-TB-BCD-2023';
const task = (taskId: string, lead: string) => ({ taskId, titleVi: `Nhiệm vụ ${taskId}`, titleEn: `Task ${taskId}`, lead, dueDate: '2023-07-31' });

onEachEngine('directive command handlers', (engine) => {
  let store: EventStore;
  let side: WriteSide;
  const run = (command: object): Promise<unknown> => side.commandBus.execute(command as never);
  const codeOf = (command: object) => run(command).then(() => 'accepted', (e: { code: string }) => e.code);
  const directiveEvents = async () => (await store.readStream(`directive-${D}`)).map((e) => e.type);

  beforeAll(async () => {
    store = await PostgresEventStore.open(engine.db());
    side = await createWriteSide(store);
    for (const code of ['SLDTBXH', 'BCD08', 'SYT', 'SXD']) {
      await run(new RegisterUnitCommand({ code, nameVi: code, nameEn: code, kind: 'department' }, ctx({ occurredAt: '2021-03-17' })));
    }
    await run(new LaunchProgramCommand({
      programId: 'hn-08-2021', document: { issuer: 'Thành ủy Hà Nội', number: '08-CTr/TU', date: '2021-03-17' }, titleVi: 'CTr 08', titleEn: 'Program 08',
      termStart: 2021, termEnd: 2025, standingAgency: 'SLDTBXH', steeringCommittee: 'BCD08', groups: [{ code: 'G1', nameVi: 'An sinh', nameEn: 'Social security' }],
    }, ctx({ occurredAt: '2021-03-17' })));
    await run(new IssueDirectiveCommand({
      directiveId: D, programId: 'hn-08-2021', document: { issuer: 'BCĐ 08', number: '07/TB-BCĐ', date: '2023-06-06' }, issuer: 'BCD08',
      titleVi: 'Thông báo 07', titleEn: 'Notice 07', summary: 'Rà soát', issuedOn: '2023-06-06', tasks: [task('T1', 'SYT'), task('T2', 'SYT')],
    }, ctx()));
  });
  afterAll(async () => {
    await side?.close();
    await store?.close();
  });

  it('refuses to complete a cancelled task and appends nothing', async () => {
    await run(new CancelTaskCommand({ directiveId: D, taskId: 'T2' }, ctx({ occurredAt: '2023-06-20', reason: 'Gộp vào T1' })));
    const before = await directiveEvents();
    expect(await codeOf(new CompleteTaskCommand({ directiveId: D, taskId: 'T2', evidence: 'Báo cáo' }, ctx({ role: 'unit', unit: 'SYT', occurredAt: '2023-07-01' })))).toBe('TASK.CANCELLED');
    expect(await directiveEvents()).toEqual(before);
  });

  it('adds and extends tasks; rejects a task due before the notice, an unknown unit and a deadline not later', async () => {
    expect(await codeOf(new AssignTaskCommand({ directiveId: D, task: { ...task('T3', 'SXD'), dueDate: '2023-06-01' } }, ctx()))).toBe('TASK.DUE_BEFORE_ISSUE');
    expect(await codeOf(new AssignTaskCommand({ directiveId: D, task: task('T3', 'NOPE') }, ctx()))).toBe('UNIT.NOT_FOUND');
    expect(await codeOf(new AssignTaskCommand({ directiveId: D, task: task('T3', 'SXD') }, ctx()))).toBe('accepted');
    expect(await codeOf(new ExtendTaskDeadlineCommand({ directiveId: D, taskId: 'T3', newDueDate: '2023-07-01' }, ctx({ reason: 'x' })))).toBe('TASK.DEADLINE_NOT_LATER');
    expect(await codeOf(new ExtendTaskDeadlineCommand({ directiveId: D, taskId: 'T3', newDueDate: '2023-09-30' }, ctx({ reason: 'Theo đề nghị' })))).toBe('accepted');
    expect(await directiveEvents()).toEqual(['DirectiveIssued', 'TaskCancelled', 'TaskAssigned', 'TaskDeadlineExtended']);
  });

  it('lets the unit a task was transferred to complete it from the transfer date; names stay NFC', async () => {
    await run(new TransferResponsibilitiesCommand({ fromCode: 'SYT', toCode: 'SXD', effectiveDate: '2023-07-01', taskIds: ['T1'] }, ctx({ occurredAt: '2023-06-25' })));
    const complete = (unit: string, occurredAt: string) => new CompleteTaskCommand({ directiveId: D, taskId: 'T1', evidence: 'Báo cáo số 1' }, ctx({ role: 'unit', unit, occurredAt }));
    expect(await codeOf(complete('SXD', '2023-06-30'))).toBe('AUTH.NOT_ASSIGNED_TO_UNIT');
    expect(await codeOf(complete('SYT', '2023-07-02'))).toBe('AUTH.RESPONSIBILITY_HANDED_OVER');
    expect(await codeOf(complete('SXD', '2023-07-02'))).toBe('accepted');
    await run(new RenameUnitCommand({ code: 'SXD', nameVi: 'Sở Xây dựng'.normalize('NFD'), nameEn: 'Department of Construction', effectiveDate: '2023-07-02' }, ctx({ occurredAt: '2023-07-02' })));
    const [, renamed] = await store.readStream('unit-SXD');
    expect(renamed.data).toMatchObject({ nameVi: 'Sở Xây dựng'.normalize('NFC'), previousNameVi: 'SXD' });
  });
});
