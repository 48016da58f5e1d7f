import type { ProjectionLag } from './projector';

const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/**
 * Prometheus text exposition (version 0.0.4) of the projections' positions and lag. Positions
 * are bigints; Prometheus holds float64, exact up to 2^53, which is enough to see movement.
 */
export function formatProjectionMetrics(lags: readonly ProjectionLag[]): string {
  const lines: string[] = [];
  const family = (name: string, help: string, samples: [labels: string, value: string | number][]) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
    for (const [labels, value] of samples) lines.push(`${name}${labels} ${value}`);
  };
  const each = (f: (l: ProjectionLag) => string | number) => lags.map((l): [string, string | number] => [`{projection="${escape(l.name)}"}`, f(l)]);
  family('chitieu_event_store_head_position', 'Position of the newest event a reader may see.', [['', lags[0]?.headPosition ?? '0']]);
  family('chitieu_projection_position', 'Position of the last event the projection committed.', each((l) => l.position));
  family('chitieu_projection_events_behind', 'Events in the store after the projection checkpoint.', each((l) => l.eventsBehind));
  family('chitieu_projection_running', '1 while the projection is subscribed.', each((l) => (l.running ? 1 : 0)));
  family('chitieu_projection_failing', '1 while the projection handler fails and is retried.', each((l) => (l.lastError ? 1 : 0)));
  return `${lines.join('\n')}\n`;
}

export type HealthStatus = 'ok' | 'degraded' | 'down';

/** Above this many events behind, the read side reports itself degraded. */
export const DEGRADED_EVENTS_BEHIND = 1000;

/** For /api/health: down when a projection stopped (not standing by for another process), degraded when failing or far behind. */
export function projectionHealth(lags: readonly ProjectionLag[]): { status: HealthStatus; projections: ProjectionLag[] } {
  const down = lags.some((l) => !l.running && !l.standby);
  const degraded = lags.some((l) => l.lastError !== null || l.eventsBehind > DEGRADED_EVENTS_BEHIND);
  return { status: down ? 'down' : degraded ? 'degraded' : 'ok', projections: [...lags] };
}
