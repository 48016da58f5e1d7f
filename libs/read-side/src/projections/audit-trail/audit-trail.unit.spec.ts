import { EventFactory } from '../../testing/event-factory';
import { auditTrailProjection } from './audit-trail.projection';

describe('audit-trail read model', () => {
  const f = new EventFactory();

  it('given a correction, then its row says who, both times, why, on which document and old -> new', () => {
    const e = f.event('ValueCorrected', {
      indicatorId: 'hn-08-2021.CT-01', reportId: 'r1', period: '2023-H1', oldValue: 113_418, newValue: 114_000,
      oldQuotedPercent: 70.89, newQuotedPercent: null, oldBreakdown: null, newBreakdown: null,
    }, { on: '2024-05-01', recorded: '2024-05-02T01:02:03.004Z', actor: 'u-7', role: 'unit', unit: 'SLDTBXH', reason: 'Số liệu chính thức' });
    const [{ row }] = auditTrailProjection.rowsFor(e);
    expect(row).toMatchObject({
      event_type: 'ValueCorrected', occurred_at: '2024-05-01', actor: 'u-7', role: 'unit', unit: 'SLDTBXH', reason: 'Số liệu chính thức',
      subject: 'hn-08-2021.CT-01', change: { value: { old: 113_418, new: 114_000 }, quotedPercent: { old: 70.89, new: null } },
    });
    expect((row.recorded_at as Date).toISOString()).toBe('2024-05-02T01:02:03.004Z');
  });

  it('given a target revision, then the change names the horizon', () => {
    const e = f.event('TargetRevised', { indicatorId: 'x.CT-02', horizon: 'term', oldValue: 50, newValue: 47.5 }, { on: '2021-06-01' });
    expect(auditTrailProjection.rowsFor(e)[0].row.change).toEqual({ 'target.term': { old: 50, new: 47.5 } });
  });

  it('given a task event, then the subject is the task', () => {
    const e = f.event('TaskCompleted', { directiveId: 'tb-07', taskId: 't1', unitCode: 'Q-001', evidence: 'x', evidenceDocument: null }, { on: '2023-07-01' });
    expect(auditTrailProjection.rowsFor(e)[0].row).toMatchObject({ subject: 't1', change: null });
  });
});
