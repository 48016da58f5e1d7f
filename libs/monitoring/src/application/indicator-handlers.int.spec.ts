import { onEachEngine } from '@chitieu/testing';
import { PostgresEventStore, WrongExpectedVersionError, type EventStore } from '@chitieu/event-store';
import type { CommandContext } from '@chitieu/kernel';
import { MergeUnitCommand, RegisterUnitCommand } from '@chitieu/organisation';
import { createWriteSide, type WriteSide } from '@chitieu/sample-data';
import { AssignIndicatorCommand } from './assign-indicator/assign-indicator.command';
import { CorrectValueCommand } from './correct-value/correct-value.command';
import { DefineIndicatorCommand } from './define-indicator/define-indicator.command';
import { LaunchProgramCommand } from './launch-program/launch-program.command';
import { ReportValueCommand } from './report-value/report-value.command';

const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({
  actor: 'thu-ky', role: 'secretariat', unit: 'SLDTBXH', today: '2023-08-02', occurredAt: '2021-04-01',
  reason: null, sourceDocument: null, correlationId: 'corr-int', causationId: null, ...over,
});
const unit = (code: string, nameVi: string) => ({ code, nameVi, nameEn: nameVi, kind: 'department' as const });
const ID = 'hn-08-2021.CT01';

onEachEngine('indicator command handlers', (engine) => {
  let store: EventStore;
  let side: WriteSide;
  const run = <R>(command: object): Promise<R> => side.commandBus.execute<never, R>(command as never);
  const count = async () => {
    let n = 0;
    for (let after = 0n; ; ) {
      const page = await store.readAll({ after, limit: 1000 });
      if (page.length === 0) return n;
      n += page.length;
      after = page[page.length - 1].position;
    }
  };

  beforeAll(async () => {
    store = await PostgresEventStore.open(engine.db());
    side = await createWriteSide(store);
    for (const [code, name] of [['SLDTBXH', 'Sở LĐ-TB&XH'], ['BCD08', 'BCĐ 08'], ['CTK', 'Cục Thống kê'], ['SNV', 'Sở Nội vụ'], ['SYT', 'Sở Y tế']]) {
      await run(new RegisterUnitCommand(unit(code, name), ctx()));
    }
    await run(new LaunchProgramCommand({
      programId: 'hn-08-2021', document: { issuer: 'Thành ủy Hà Nội', number: '08-CTr/TU', date: '2021-03-17' },
      titleVi: 'Chương trình 08-CTr/TU', titleEn: 'Program 08-CTr/TU', termStart: 2021, termEnd: 2025,
      standingAgency: 'SLDTBXH', steeringCommittee: 'BCD08', groups: [{ code: 'G1', nameVi: 'An sinh', nameEn: 'Social security' }],
    }, ctx()));
  });
  afterAll(async () => {
    await side?.close();
    await store?.close();
  });

  it('defines, assigns and takes a report, appending the events with who, when and why', async () => {
    const defined = await run<{ streamId: string; nextVersion: number }>(new DefineIndicatorCommand({
      programId: 'hn-08-2021', code: 'CT01', nameVi: 'Tỷ lệ thất nghiệp', nameEn: 'Unemployment rate', named: true, group: 'G1',
      unitOfMeasure: '%', measureType: 'percent', direction: 'lower_is_better', comparator: 'lt',
    }, ctx()));
    expect(defined).toMatchObject({ streamId: `indicator-${ID}`, nextVersion: 1 });
    await run(new AssignIndicatorCommand({ indicatorId: ID, lead: 'SLDTBXH', coordinating: ['CTK'], effectiveDate: '2021-04-01' }, ctx()));
    const result = await run<{ resourceId: string; eventIds: string[]; nextVersion: number }>(
      new ReportValueCommand({ indicatorId: ID, reportId: 'tn-2022', period: '2022', value: 2.23 }, ctx({ role: 'unit', unit: 'CTK', occurredAt: '2023-01-15', actor: 'ctk-user' })),
    );
    expect(result).toMatchObject({ resourceId: 'tn-2022', nextVersion: 3 });
    const events = await store.readStream(`indicator-${ID}`);
    expect(events.map((e) => e.type)).toEqual(['IndicatorDefined', 'IndicatorAssigned', 'ValueReported']);
    expect(events[2]).toMatchObject({ eventId: result.eventIds[0], data: { reportingUnit: 'CTK', value: 2.23 }, metadata: { actor: 'ctk-user', unit: 'CTK', occurredAt: '2023-01-15', correlationId: 'corr-int' } });
  });

  it('appends nothing for a rejected command, whatever the rule', async () => {
    const before = await count();
    const attempts = [
      new ReportValueCommand({ indicatorId: ID, period: '2023', value: 120 }, ctx({ occurredAt: '2023-07-01' })),
      new ReportValueCommand({ indicatorId: ID, period: '2023', value: 2 }, ctx({ role: 'unit', unit: 'SYT', occurredAt: '2023-07-01' })),
      new ReportValueCommand({ indicatorId: ID, period: '2023', value: 2, extra: 1 } as never, ctx()),
      new ReportValueCommand({ indicatorId: 'hn-08-2021.CT99', period: '2023', value: 2 }, ctx()),
      new CorrectValueCommand({ indicatorId: ID, reportId: 'tn-2022', newValue: 2.2 }, ctx({ occurredAt: '2023-07-01' })),
    ];
    const codes: string[] = [];
    for (const a of attempts) codes.push(await run(a).then(() => 'accepted', (e: { code: string }) => e.code));
    expect(codes).toEqual(['REPORT.PERCENT_OUT_OF_RANGE', 'AUTH.NOT_ASSIGNED_TO_UNIT', 'REQUEST.INVALID_FIELD', 'INDICATOR.NOT_FOUND', 'CORRECTION.REASON_REQUIRED']);
    expect(await count()).toBe(before);
  });

  it('refuses a stale If-Match with 412 and appends nothing', async () => {
    const before = await count();
    const stale = new CorrectValueCommand({ indicatorId: ID, reportId: 'tn-2022', newValue: 2.2 }, ctx({ occurredAt: '2023-07-01', reason: 'Số liệu chính thức' }), 2);
    await expect(run(stale)).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(run(stale)).rejects.toMatchObject({ kind: 'precondition' });
    expect(await count()).toBe(before);
    const fresh = new CorrectValueCommand({ indicatorId: ID, reportId: 'tn-2022', newValue: 2.2 }, ctx({ occurredAt: '2023-07-01', reason: '  Số liệu chính thức '.normalize('NFD') }), 3);
    await expect(run(fresh)).resolves.toMatchObject({ nextVersion: 4 });
    const [corrected] = await store.readStream(`indicator-${ID}`, { fromVersion: 4 });
    expect(corrected.metadata.reason).toBe('Số liệu chính thức');
  });

  it('lets the successor of a merged unit report from the merger date, reading the unit streams', async () => {
    await run(new MergeUnitCommand({ code: 'CTK', intoCode: 'SNV', effectiveDate: '2023-07-01' }, ctx({ occurredAt: '2023-07-01' })));
    const asSnv = (occurredAt: string) => ctx({ role: 'unit', unit: 'SNV', occurredAt });
    await expect(run(new ReportValueCommand({ indicatorId: ID, period: '2023-H1', value: 2.5 }, asSnv('2023-06-30')))).rejects.toMatchObject({ code: 'AUTH.NOT_ASSIGNED_TO_UNIT' });
    await expect(run(new ReportValueCommand({ indicatorId: ID, period: '2023-H1', value: 2.5 }, asSnv('2023-07-02')))).resolves.toMatchObject({ nextVersion: 5 });
    const asCtk = ctx({ role: 'unit', unit: 'CTK', occurredAt: '2023-07-02' });
    await expect(run(new ReportValueCommand({ indicatorId: ID, period: '2023-Q2', value: 2.5 }, asCtk))).rejects.toMatchObject({ code: 'AUTH.RESPONSIBILITY_HANDED_OVER' });
  });
});
