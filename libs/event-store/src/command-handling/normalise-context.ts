import type { CommandContext, DocumentRef } from '@chitieu/kernel';

const clean = (s: string) => s.normalize('NFC').trim();

/** Reason and source document travel in every event's metadata: store them trimmed and NFC too. */
export function normaliseContext(c: CommandContext): CommandContext {
  const reason = c.reason === null ? null : clean(c.reason) || null;
  const d = c.sourceDocument;
  const sourceDocument: DocumentRef | null = d
    ? { issuer: clean(d.issuer), number: clean(d.number), date: d.date, ...(d.title !== undefined ? { title: clean(d.title) } : {}) }
    : null;
  return { ...c, reason, sourceDocument };
}
