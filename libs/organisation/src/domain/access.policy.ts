import { DomainError, ownEntry, type CommandContext } from '@chitieu/kernel';

/**
 * Who may do what. Staff (secretariat, admin, the system's own watchers) define, target, assign,
 * assess and record; a `unit` user acts only where its unit holds the responsibility at the
 * command's business date; viewers and auditors never write.
 */
const STAFF = ['secretariat', 'admin', 'system'] as const;
const READ_ONLY = ['viewer', 'auditor'] as const;

const forbidden = (code: string, message: string, field = 'role') => new DomainError(code, message, 'forbidden', field);

export function requireWriter(context: CommandContext): void {
  if ((READ_ONLY as readonly string[]).includes(context.role)) {
    throw forbidden('AUTH.READ_ONLY_ROLE', `The role ${context.role} may read but never write`);
  }
}

export function requireStaff(context: CommandContext, what: string): void {
  requireWriter(context);
  if (!(STAFF as readonly string[]).includes(context.role)) {
    throw forbidden('AUTH.STAFF_ONLY', `Only the secretariat or an admin may ${what}`);
  }
}

export const isStaff = (context: CommandContext) => (STAFF as readonly string[]).includes(context.role);

/**
 * A responsibility handed on: a merger hands on everything (`all`), a transfer the listed
 * indicators and tasks. The giving unit keeps its history; the receiver acts from effectiveDate.
 */
export interface Handover {
  readonly from: string;
  readonly to: string;
  readonly effectiveDate: string;
  readonly indicatorIds: readonly string[] | 'all';
  readonly taskIds: readonly string[] | 'all';
}
export interface Subject {
  readonly kind: 'indicator' | 'task';
  readonly id: string;
}

const covers = (h: Handover, s: Subject) => {
  const ids = s.kind === 'indicator' ? h.indicatorIds : h.taskIds;
  return ids === 'all' || ids.includes(s.id);
};

/** The units that hold `unit`'s responsibility for `subject` on `date`, following hand-overs. */
export function holdersAt(unit: string, date: string, subject: Subject, handovers: readonly Handover[], seen = new Set<string>()): string[] {
  if (seen.has(unit)) return [];
  seen.add(unit);
  const first = handovers
    .filter((h) => h.from === unit && h.effectiveDate <= date && covers(h, subject))
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate))[0];
  return first ? holdersAt(first.to, date, subject, handovers, seen) : [unit];
}

/**
 * Lets a `unit` user act on a subject only if its unit holds, on the business date, a
 * responsibility assigned to one of `responsible` (lead or coordinating at that date).
 * Staff pass; a unit user needs its unit in the context.
 */
export function requireResponsibleUnit(
  context: CommandContext,
  responsible: readonly string[],
  subject: Subject,
  handovers: readonly Handover[],
): void {
  requireWriter(context);
  if (isStaff(context)) return;
  const unit = context.unit;
  if (!unit) throw forbidden('AUTH.UNIT_REQUIRED', 'A unit user must act for a unit', 'unit');
  const date = context.occurredAt;
  if (responsible.some((r) => holdersAt(r, date, subject, handovers).includes(unit))) return;
  if (responsible.includes(unit)) {
    throw forbidden('AUTH.RESPONSIBILITY_HANDED_OVER', `${unit} handed this ${subject.kind} on before ${date}`, 'unit');
  }
  throw forbidden('AUTH.NOT_ASSIGNED_TO_UNIT', `${unit} is not lead or coordinating on ${subject.kind} ${subject.id} at ${date}`, 'unit');
}

/** What a handler learnt about units from their streams: absent means unknown. */
export type KnownUnits = Readonly<Record<string, { readonly mergedInto: string | null }>>;

/** Units named in a command must exist and still be active (a merged unit takes no new work). */
export function requireActiveUnits(codes: readonly string[], known: KnownUnits, field: string): void {
  for (const c of codes) {
    const unit = ownEntry(known, c);
    if (!unit) throw new DomainError('UNIT.NOT_FOUND', `Unit ${c} is not registered`, 'unprocessable', field);
    if (unit.mergedInto) throw new DomainError('UNIT.MERGED', `Unit ${c} was merged into ${unit.mergedInto}`, 'unprocessable', field);
  }
}
