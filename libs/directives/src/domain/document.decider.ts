import { DomainError, assertNever, isIsoDate, parsePeriod, type CommandContext, type Decider } from '@chitieu/kernel';
import { requireActiveUnits, requireStaff, type KnownUnits } from '../../../organisation/src/domain/access.policy';
import { checkBusinessDate, code, decideSafely, documentRef, notAfterToday, requiredText } from '../../../organisation/src/domain/input-rules';
import type { DocumentCommand, IssueDocument, PlanDocument } from './document.commands';
import { DOCUMENT_KINDS, type DocumentEvent, type DocumentKind } from './document.events';

export interface DocumentState {
  readonly documentId: string | null;
  readonly programId: string;
  readonly status: 'planned' | 'issued' | null;
}

const initialState = (): DocumentState => ({ documentId: null, programId: '', status: null });

function evolve(s: DocumentState, event: DocumentEvent): DocumentState {
  switch (event.type) {
    case 'DocumentIssued':
      return { documentId: event.data.documentId, programId: event.data.programId, status: 'issued' };
    case 'DocumentPlanned':
      return { documentId: event.data.documentId, programId: event.data.programId, status: 'planned' };
    default:
      return assertNever(event);
  }
}

function common(d: { documentId: string; kind: DocumentKind; proposedBy: string | null; titleVi: string; titleEn: string }, programExists: boolean, programId: string, known: KnownUnits) {
  if (!programExists) throw new DomainError('PROGRAM.NOT_FOUND', `Program ${programId} does not exist`, 'unprocessable', 'programId');
  if (!(DOCUMENT_KINDS as readonly string[]).includes(d.kind)) {
    throw new DomainError('DOCUMENT.KIND_INVALID', `kind must be one of ${DOCUMENT_KINDS.join(', ')}`, 'validation', 'kind');
  }
  if (d.proposedBy !== null) requireActiveUnits([d.proposedBy], known, 'proposedBy');
  return { documentId: code(d.documentId, 'documentId'), titleVi: requiredText(d.titleVi, 'titleVi', 1000), titleEn: requiredText(d.titleEn, 'titleEn', 1000) };
}

function issueDocument(c: IssueDocument, s: DocumentState, context: CommandContext): DocumentEvent[] {
  const d = c.data;
  if (s.status === 'issued') throw new DomainError('DOCUMENT.ALREADY_ISSUED', `Document ${d.documentId} was issued already`, 'conflict', 'documentId');
  if (s.status === 'planned' && s.programId !== d.programId) {
    throw new DomainError('DOCUMENT.PROGRAM_MISMATCH', `Document ${d.documentId} was planned under ${s.programId}`, 'conflict', 'programId');
  }
  const checked = common(d, c.programExists, d.programId, c.known);
  const document = documentRef(d.document, 'document');
  notAfterToday(document.date, 'document.date', context);
  return [{ type: 'DocumentIssued', data: { ...d, ...checked, document } }];
}

function planDocument(c: PlanDocument, s: DocumentState, context: CommandContext): DocumentEvent[] {
  const d = c.data;
  if (s.status) throw new DomainError('DOCUMENT.ALREADY_EXISTS', `Document ${d.documentId} exists already`, 'conflict', 'documentId');
  const checked = common(d, c.programExists, d.programId, c.known);
  let end: string;
  if (isIsoDate(d.plannedFor)) end = d.plannedFor;
  else {
    try {
      end = parsePeriod(d.plannedFor).end;
    } catch {
      throw new DomainError('DOCUMENT.PLANNED_FOR_INVALID', 'plannedFor must be a period (2023-H2) or a date', 'validation', 'plannedFor');
    }
  }
  if (end < context.occurredAt) {
    throw new DomainError('DOCUMENT.PLANNED_IN_PAST', `plannedFor ${d.plannedFor} ended before ${context.occurredAt}`, 'unprocessable', 'plannedFor');
  }
  return [{ type: 'DocumentPlanned', data: { ...d, ...checked } }];
}

function decideDocument(c: DocumentCommand, s: DocumentState, context: CommandContext): DocumentEvent[] {
  requireStaff(context, 'record documents');
  checkBusinessDate(context);
  switch (c.type) {
    case 'IssueDocument':
      return issueDocument(c, s, context);
    case 'PlanDocument':
      return planDocument(c, s, context);
    default:
      return assertNever(c);
  }
}

/** A document issued (or planned) under a program, stream `document-{id}`. */
export const documentDecider: Decider<DocumentCommand, DocumentEvent, DocumentState> = {
  initialState,
  evolve,
  decide: (c, s, ctx) => decideSafely(() => decideDocument(c, s, ctx)),
};
