import type { DocumentRef, DomainEvent } from '@chitieu/kernel';

export const DOCUMENT_KINDS = ['resolution', 'plan', 'decision', 'notice', 'report', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A document issued under a program (in H1 2023: 4 HĐND resolutions, 6 UBND plans). */
export type DocumentIssued = DomainEvent<'DocumentIssued', {
  documentId: string;
  programId: string;
  document: DocumentRef;
  kind: DocumentKind;
  /** The member unit that proposed it, if known. */
  proposedBy: string | null;
  titleVi: string;
  titleEn: string;
}>;
/** A document planned for a later date (7 planned for H2 2023). */
export type DocumentPlanned = DomainEvent<'DocumentPlanned', {
  documentId: string;
  programId: string;
  kind: DocumentKind;
  plannedFor: string;
  proposedBy: string | null;
  titleVi: string;
  titleEn: string;
}>;
export type DocumentEvent = DocumentIssued | DocumentPlanned;
export const documentStreamId = (id: string) => `document-${id}`;
