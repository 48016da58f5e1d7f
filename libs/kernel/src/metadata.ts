/** Who may act. `unit` users are bound to one unit code. */
export const ROLES = ['unit', 'secretariat', 'auditor', 'viewer', 'admin', 'system'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A document's identity is issuer + number/symbol + date: numbers such as 08-CTr/TU are reused
 * by later, unrelated documents, so the number alone never identifies one.
 */
export interface DocumentRef {
  /** Issuing body, e.g. "Thành ủy Hà Nội", "BCĐ 08". */
  readonly issuer: string;
  /** Number and symbol as printed, e.g. "07/TB-BCĐ". */
  readonly number: string;
  /** Date of issue, YYYY-MM-DD. */
  readonly date: string;
  readonly title?: string;
}

/** Who, when (business time), why and on which document: carried by every event. */
export interface EventMetadata {
  readonly actor: string;
  readonly role: Role;
  /** Unit code the actor acted for; null for secretariat-wide or system actions without one. */
  readonly unit: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly reason: string | null;
  readonly sourceDocument: DocumentRef | null;
  /** Business time: the date the fact is effective in the world, YYYY-MM-DD. */
  readonly occurredAt: string;
}

/** What a command brings from outside the decider: the clock, the actor and the ids. */
export interface CommandContext {
  readonly actor: string;
  readonly role: Role;
  readonly unit: string | null;
  /** Today's date by the server clock, YYYY-MM-DD, so deciders stay pure. */
  readonly today: string;
  readonly occurredAt: string;
  readonly reason: string | null;
  readonly sourceDocument: DocumentRef | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  /**
   * Set from the client's Idempotency-Key: event ids (and generated resource ids) are then derived
   * from it (see deterministicUuid), so a retry after a crash re-appends the same ids and the
   * store's idempotent append records nothing twice. Absent: random ids.
   */
  readonly idSeed?: string;
}

export const documentKey = (d: DocumentRef): string => `${d.issuer}|${d.number}|${d.date}`;
