import { onEachEngine } from '@chitieu/testing';
import { PostgresEventStore, type EventStore, type RecordedEvent } from '@chitieu/event-store';
import type { IndicatorAssessed } from '@chitieu/monitoring';
import { seedSampleData } from './seed';
import { createWriteSide, type WriteSide } from './write-side';

async function readEverything(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (let after = 0n; ; ) {
    const page = await store.readAll({ after, limit: 1000 });
    if (page.length === 0) return all;
    all.push(...page);
    after = page[page.length - 1].position;
  }
}

const MET = ['met', 'exceeded'];

onEachEngine('Program 08-CTr/TU sample data', (engine) => {
  let store: EventStore;
  let side: WriteSide;
  let events: RecordedEvent[];
  let progress: number[];

  beforeAll(async () => {
    store = await PostgresEventStore.open(engine.db());
    side = await createWriteSide(store);
    progress = [];
    await seedSampleData(side.commandBus, { onProgress: (done) => progress.push(done) });
    events = await readEverything(store);
  }, 180_000);
  afterAll(async () => {
    await side?.close();
    await store?.close();
  });

  it('records the scenario through the handlers: the events by type', () => {
    const byType: Record<string, number> = {};
    for (const e of events) byType[e.type] = (byType[e.type] ?? 0) + 1;
    expect(byType).toEqual({
      UnitRegistered: 42, ProgramLaunched: 1, IndicatorDefined: 27, IndicatorAssigned: 27, TargetSet: 9, TargetRevised: 2,
      ValueReported: 4, DirectiveIssued: 1, TaskAcknowledged: 6, TaskProgressReported: 2, TaskCompleted: 2, TaskWentOverdue: 2,
      DocumentIssued: 10, DocumentPlanned: 7, ReviewMeetingHeld: 1, IndicatorAssessed: 54,
    });
    expect(progress[progress.length - 1]).toBe(progress.length);
  });

  it('holds the figures of 02/08/2023: 18/27 for the term; 19 met, 4 striving, 4 difficult for the 2023 plan', () => {
    const assessed = events.filter((e) => e.type === 'IndicatorAssessed').map((e) => (e as unknown as IndicatorAssessed).data);
    const tally = (horizon: string) => {
      const of = assessed.filter((a) => a.horizon === horizon);
      return { total: new Set(of.map((a) => a.indicatorId)).size, met: of.filter((a) => MET.includes(a.status)).length, striving: of.filter((a) => a.status === 'striving').length, difficult: of.filter((a) => a.status === 'difficult').length };
    };
    expect(tally('term')).toMatchObject({ total: 27, met: 18 });
    expect(tally('2023')).toEqual({ total: 27, met: 19, striving: 4, difficult: 4 });
    const metTerm = new Set(assessed.filter((a) => a.horizon === 'term' && MET.includes(a.status)).map((a) => a.indicatorId));
    const met2023 = assessed.filter((a) => a.horizon === '2023' && MET.includes(a.status)).map((a) => a.indicatorId);
    expect([...metTerm].every((id) => met2023.includes(id))).toBe(true);
  });

  it('keeps business dates within 2021-01-01 .. 2023-08-02 and text in NFC', () => {
    const dates = events.map((e) => e.metadata.occurredAt).sort();
    expect(dates[0] >= '2021-01-01').toBe(true);
    expect(dates[dates.length - 1]).toBe('2023-08-02');
    const text = JSON.stringify(events.map((e) => [e.data, e.metadata]));
    expect(text).toBe(text.normalize('NFC'));
  });

  it('keeps the H1 2023 jobs report as printed and the 2022 household figures as of 2022, recorded in 2023', () => {
    const reports = events.filter((e) => e.type === 'ValueReported');
    expect(reports.find((e) => (e.data as { reportId: string }).reportId === 'CT02-2023-H1')?.data).toMatchObject({ value: 113418, quotedTarget: 162000, quotedPercent: 70.89, period: '2023-H1' });
    const poor = reports.find((e) => (e.data as { reportId: string }).reportId === 'CT06-2022')!;
    expect(poor.data).toMatchObject({ period: '2022', value: 0.095 });
    expect(poor.metadata.occurredAt).toBe('2023-08-02');
    const revised = events.filter((e) => e.type === 'TargetRevised').map((e) => e.data);
    expect(revised).toEqual(expect.arrayContaining([
      expect.objectContaining({ indicatorId: 'hn-08-2021.CT03', oldValue: 50, newValue: 47.5 }),
      expect.objectContaining({ indicatorId: 'hn-08-2021.CT02', oldValue: 160000, newValue: 165000 }),
    ]));
  });

  it('registers the 30 district-level units with their statistics codes', () => {
    const districts = events.filter((e) => e.type === 'UnitRegistered' && (e.data as { kind: string }).kind === 'district').map((e) => e.data as { code: string; statisticsCode: string; districtType: string });
    expect(districts).toHaveLength(30);
    expect(districts.filter((d) => d.districtType === 'quan')).toHaveLength(12);
    expect(districts.filter((d) => d.districtType === 'huyen')).toHaveLength(17);
    expect(districts.find((d) => d.statisticsCode === '269')).toMatchObject({ code: 'TX269', districtType: 'thi_xa' });
  });
});
