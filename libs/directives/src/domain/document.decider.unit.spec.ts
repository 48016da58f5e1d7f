import { deciderSpec, testContext } from '../../../testing/src/decider-spec';
import { documentDecider } from './document.decider';
import type { IssueDocument, PlanDocument } from './document.commands';
import type { DocumentEvent } from './document.events';

const spec = deciderSpec(documentDecider, testContext());
const known = { SLDTBXH: { mergedInto: null } };
const issueData: IssueDocument['data'] = {
  documentId: 'nq-hdnd-2023-1', programId: 'hn-08-2021', kind: 'resolution', proposedBy: 'SLDTBXH',
  document: { issuer: 'HĐND Thành phố Hà Nội', number: 'NQ HĐND (số chưa rõ) #1', date: '2023-06-30' },
  titleVi: 'Nghị quyết HĐND (số chưa rõ) #1', titleEn: 'People’s Council resolution (number unknown) #1',
};
const planData: PlanDocument['data'] = {
  documentId: 'vb-2023-h2-1', programId: 'hn-08-2021', kind: 'other', plannedFor: '2023-H2', proposedBy: null,
  titleVi: 'Văn bản dự kiến #1', titleEn: 'Planned document #1',
};
const issue = (over: Partial<IssueDocument['data']> = {}): IssueDocument => ({ type: 'IssueDocument', data: { ...issueData, ...over }, programExists: true, known });
const plan = (over: Partial<PlanDocument['data']> = {}): PlanDocument => ({ type: 'PlanDocument', data: { ...planData, ...over }, programExists: true, known });
const planned: DocumentEvent = { type: 'DocumentPlanned', data: planData };

describe('Document decider', () => {
  it('issues a document', () => {
    spec.given([]).when(issue()).then([{ type: 'DocumentIssued', data: issueData }]);
  });
  it('issues a planned document, once', () => {
    spec.given([planned]).when(issue({ documentId: planData.documentId })).then([{ type: 'DocumentIssued', data: { ...issueData, documentId: planData.documentId } }]);
    spec.given([{ type: 'DocumentIssued', data: issueData }]).when(issue()).thenFails({ code: 'DOCUMENT.ALREADY_ISSUED', kind: 'conflict' });
  });
  it('rejects an unknown program or proposer, a future document date and a bad kind', () => {
    spec.given([]).when({ ...issue(), programExists: false }).thenFails({ code: 'PROGRAM.NOT_FOUND', field: 'programId' });
    spec.given([]).when(issue({ proposedBy: 'NOPE' })).thenFails({ code: 'UNIT.NOT_FOUND', field: 'proposedBy' });
    spec.given([]).when(issue({ document: { ...issueData.document, date: '2023-08-03' } })).thenFails({ code: 'COMMAND.DATE_IN_FUTURE', field: 'document.date' });
    spec.given([]).when(issue({ kind: 'memo' as never })).thenFails({ code: 'DOCUMENT.KIND_INVALID', field: 'kind' });
  });
  it('plans a document for a period', () => {
    spec.given([]).when(plan()).then([planned]);
  });
  it('rejects planning twice, a malformed or past plannedFor, and unit users', () => {
    spec.given([planned]).when(plan()).thenFails({ code: 'DOCUMENT.ALREADY_EXISTS' });
    spec.given([]).when(plan({ plannedFor: 'soon' })).thenFails({ code: 'DOCUMENT.PLANNED_FOR_INVALID', field: 'plannedFor' });
    spec.given([]).when(plan({ plannedFor: '2023-H1' })).thenFails({ code: 'DOCUMENT.PLANNED_IN_PAST', field: 'plannedFor' });
    spec.given([]).when(plan(), { role: 'unit', unit: 'SLDTBXH' }).thenFails({ code: 'AUTH.STAFF_ONLY', kind: 'forbidden' });
  });
});
