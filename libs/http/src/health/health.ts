/** A part of the system that reports its own health at /api/health. */
export interface HealthContributor {
  readonly name: string;
  check(): Promise<HealthReport>;
}
export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  [detail: string]: unknown;
}
export const HEALTH_CONTRIBUTORS = Symbol('HEALTH_CONTRIBUTORS');

/** The worst status wins; a contributor that throws or hangs counts as down. */
export async function overallHealth(contributors: readonly HealthContributor[], timeoutMs = 2000) {
  const checks = await Promise.all(
    contributors.map(async (c) => {
      try {
        const report = await Promise.race([
          c.check(),
          new Promise<HealthReport>((resolve) => setTimeout(() => resolve({ status: 'down', error: 'timed out' }), timeoutMs).unref()),
        ]);
        return [c.name, report] as const;
      } catch (err) {
        return [c.name, { status: 'down', error: err instanceof Error ? err.message : String(err) }] as const;
      }
    }),
  );
  const rank = { ok: 0, degraded: 1, down: 2 } as const;
  const worst = checks.reduce<HealthReport['status']>((w, [, r]) => (rank[r.status] > rank[w] ? r.status : w), 'ok');
  return { status: worst, checks: Object.fromEntries(checks) };
}
