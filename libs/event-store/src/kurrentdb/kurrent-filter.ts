import type { Filter } from '@kurrent/kurrentdb-client';

/** Which events a KurrentDB read or subscription on $all should return, decided by the server. */
export interface KurrentFilterSpec {
  /** Exact event type names. */
  readonly types?: readonly string[];
  /** Stream id prefixes, e.g. 'directive-' for one category. */
  readonly streamPrefixes?: readonly string[];
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A server-side filter. Types match exactly (a regex, because a prefix filter on 'TaskCompleted'
 * would also pass 'TaskCompletedV2'); stream prefixes use the server's prefix filter. With neither,
 * system events (types starting with '$') are excluded, since they are not ours to read.
 * The server filters on one thing at a time; both at once is refused rather than half-applied.
 */
export function kurrentFilter(spec: KurrentFilterSpec, checkpointInterval = 32): Filter {
  const types = spec.types ?? [];
  const prefixes = spec.streamPrefixes ?? [];
  if (types.length > 0 && prefixes.length > 0) {
    throw new Error('KurrentDB filters on event type or on stream name, not both: pick one');
  }
  if (prefixes.length > 0) return { filterOn: 'streamName', prefixes: [...prefixes], checkpointInterval };
  const regex = types.length > 0 ? `^(?:${types.map(escapeRegex).join('|')})$` : '^[^$]';
  return { filterOn: 'eventType', regex, checkpointInterval };
}
