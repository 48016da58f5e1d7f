import { DomainError, isIsoDate, type CommandContext, type DocumentRef } from '@chitieu/kernel';

/**
 * Input rules every context shares. They throw DomainError (like parsePeriod) so a decider reads
 * as a list of rules; `decideSafely` turns the throw back into a Result at the decider's edge.
 */
const invalid = (code: string, message: string, field: string) => new DomainError(code, message, 'validation', field);

/** Trimmed, NFC-normalised, non-empty: the one form text is stored in. */
export function requiredText(value: string | null | undefined, field: string, max = 1000): string {
  const text = (value ?? '').normalize('NFC').trim();
  if (!text) throw invalid('INPUT.REQUIRED', `${field} is required and may not be blank`, field);
  if (text.length > max) throw invalid('INPUT.TOO_LONG', `${field} must be at most ${max} characters`, field);
  return text;
}

/** Like requiredText, but blank becomes null. */
export function optionalText(value: string | null | undefined, field: string, max = 1000): string | null {
  const text = (value ?? '').normalize('NFC').trim();
  return text ? requiredText(text, field, max) : null;
}

export function isoDate(value: string, field: string): string {
  if (!isIsoDate(value)) throw invalid('INPUT.DATE_INVALID', `${field} must be a calendar date YYYY-MM-DD`, field);
  return value;
}

/** Codes name units, indicators, tasks and streams: short, no spaces, no stream separators. */
export function code(value: string, field: string, errorCode = 'INPUT.CODE_INVALID'): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/.test(value)) {
    throw invalid(errorCode, `${field} must be 1-40 letters, digits, "-" or "_" (got "${value}")`, field);
  }
  return value;
}

export function finiteNumber(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid('INPUT.NUMBER_INVALID', `${field} must be a finite number`, field);
  return value;
}

export function documentRef(doc: DocumentRef, field: string): DocumentRef {
  const title = optionalText(doc.title, `${field}.title`);
  return {
    issuer: requiredText(doc.issuer, `${field}.issuer`, 300),
    number: requiredText(doc.number, `${field}.number`, 100),
    date: isoDate(doc.date, `${field}.date`),
    ...(title ? { title } : {}),
  };
}

/** The business date must be a real date and may not lie after the server's today. */
export function checkBusinessDate(context: CommandContext): void {
  isoDate(context.occurredAt, 'occurredAt');
  if (context.occurredAt > context.today) {
    throw new DomainError('COMMAND.DATE_IN_FUTURE', `occurredAt ${context.occurredAt} is after today (${context.today})`, 'unprocessable', 'occurredAt');
  }
}

/** A date the command states (meeting, issue, effective date) may not lie after today either. */
export function notAfterToday(date: string, field: string, context: CommandContext): string {
  isoDate(date, field);
  if (date > context.today) {
    throw new DomainError('COMMAND.DATE_IN_FUTURE', `${field} ${date} is after today (${context.today})`, 'unprocessable', field);
  }
  return date;
}

export function requireReason(context: CommandContext, code: string, what: string): string {
  if (!(context.reason ?? '').trim()) throw new DomainError(code, `${what} needs a reason`, 'validation', 'reason');
  return context.reason!.normalize('NFC').trim();
}

export function requireDocument(context: CommandContext, code: string, what: string): DocumentRef {
  if (!context.sourceDocument) throw new DomainError(code, `${what} needs the deciding document`, 'validation', 'sourceDocument');
  return documentRef(context.sourceDocument, 'sourceDocument');
}

export function decideSafely<T>(rules: () => T): { ok: true; value: T } | { ok: false; error: DomainError } {
  try {
    return { ok: true, value: rules() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error };
    throw error;
  }
}
