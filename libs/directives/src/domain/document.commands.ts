import type { DocumentRef } from '@chitieu/kernel';
import type { KnownUnits } from '../../../organisation/src/domain/access.policy';
import type { DocumentKind } from './document.events';

export type IssueDocument = {
  type: 'IssueDocument';
  data: { documentId: string; programId: string; document: DocumentRef; kind: DocumentKind; proposedBy: string | null; titleVi: string; titleEn: string };
  programExists: boolean;
  known: KnownUnits;
};
export type PlanDocument = {
  type: 'PlanDocument';
  /** plannedFor: a period key (2023-H2) or a date. */
  data: { documentId: string; programId: string; kind: DocumentKind; plannedFor: string; proposedBy: string | null; titleVi: string; titleEn: string };
  programExists: boolean;
  known: KnownUnits;
};
export type DocumentCommand = IssueDocument | PlanDocument;
