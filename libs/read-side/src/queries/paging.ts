import { compareViNumeric, DomainError } from '@chitieu/kernel';

export interface Page<T> {
  readonly items: T[];
  /** Opaque; pass back as `cursor` for the next page. Null on the last page. */
  readonly nextCursor: string | null;
}


/** Element-wise comparison of sort keys in Vietnamese collation ("Ba Đình" before "Cầu Giấy"). */
export const compareKeys = (a: readonly string[], b: readonly string[]): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = compareViNumeric(a[i] ?? '', b[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
};

export const encodeCursor = (key: readonly string[]): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

export function decodeCursor(cursor: string): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.every((k) => typeof k === 'string')) return key;
  } catch {
    // fall through to the error below
  }
  throw new DomainError('QUERY.INVALID_CURSOR', 'cursor is not one this API gave out', 'validation', 'cursor');
}

/**
 * Keyset paging over a sorted list: the cursor carries the last item's sort key (ending in its
 * id), so a page never repeats or skips an item that stays in the list between requests.
 */
export function paginate<T>(items: readonly T[], keyOf: (item: T) => string[], limit: number, cursor?: string): Page<T> {
  const sorted = [...items].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  const after = cursor ? decodeCursor(cursor) : null;
  const rest = after ? sorted.filter((i) => compareKeys(keyOf(i), after) > 0) : sorted;
  const page = rest.slice(0, limit);
  return { items: page, nextCursor: rest.length > limit ? encodeCursor(keyOf(page[page.length - 1])) : null };
}
