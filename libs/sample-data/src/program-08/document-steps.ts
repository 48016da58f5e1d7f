import { IssueDocumentCommand, PlanDocumentCommand } from '@chitieu/directives';
import { AS_OF, PROGRAM_ID, SECRETARIAT, contextFor, type SampleStep } from './context';

/**
 * H1 2023: 4 People's Council resolutions and 6 People's Committee plans, and 7 documents planned
 * for H2. Their numbers, dates and subjects are not in the material at hand: they are labelled as
 * unknown, dated on the last day of the half they were reported for.
 */
const H1_END = '2023-06-30';

function issued(kind: 'resolution' | 'plan', n: number): SampleStep {
  const [issuer, short, vi, en] = kind === 'resolution'
    ? ['HĐND Thành phố Hà Nội', 'NQ HĐND', 'Nghị quyết HĐND Thành phố', "People's Council resolution"]
    : ['UBND Thành phố Hà Nội', 'KH UBND', 'Kế hoạch UBND Thành phố', "People's Committee plan"];
  const label = `document-${kind}-2023-h1-${n}`;
  const payload = {
    documentId: `${kind === 'resolution' ? 'nq-hdnd' : 'kh-ubnd'}-2023-h1-${n}`,
    programId: PROGRAM_ID,
    document: { issuer, number: `${short} (số chưa rõ) #${n}`, date: H1_END, title: `${vi} (số, ngày và trích yếu chưa rõ) #${n}` },
    kind,
    proposedBy: null,
    titleVi: `${vi} (số chưa rõ) #${n}, ban hành 6 tháng đầu năm 2023`,
    titleEn: `${en} (number unknown) #${n}, issued in H1 2023`,
  };
  return { label, occurredAt: H1_END, command: new IssueDocumentCommand(payload, contextFor(label, SECRETARIAT, H1_END)) };
}

function planned(n: number): SampleStep {
  const label = `document-planned-2023-h2-${n}`;
  const payload = {
    documentId: `du-kien-2023-h2-${n}`, programId: PROGRAM_ID, kind: 'other' as const, plannedFor: '2023-H2', proposedBy: null,
    titleVi: `Văn bản dự kiến trình ban hành 6 tháng cuối năm 2023 (chưa rõ loại và trích yếu) #${n}`,
    titleEn: `Document planned for H2 2023 (kind and subject unknown) #${n}`,
  };
  return { label, occurredAt: AS_OF, command: new PlanDocumentCommand(payload, contextFor(label, SECRETARIAT, AS_OF)) };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

export function documentSteps(): SampleStep[] {
  return [...range(4).map((n) => issued('resolution', n)), ...range(6).map((n) => issued('plan', n)), ...range(7).map(planned)];
}
