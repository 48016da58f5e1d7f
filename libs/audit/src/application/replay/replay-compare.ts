import type { EventStore } from '@chitieu/event-store';
import { applyBatch, createTableSql, ident, LIVE_SCHEMA, qualified, readCheckpoints, type Projection, type ReadStore, type Sql, type TableSpec } from '@chitieu/read-side';
import type { ReplayProgressInfo } from './replay-jobs';

/** Its own scratch schema, apart from the read side's rebuild schema: a replay never swaps in. */
export const REPLAY_SCHEMA = 'audit_replay';
const SAMPLES = 20;

export interface TableDrift {
  readonly table: string;
  readonly liveRows: number;
  readonly replayedRows: number;
  /** Rows the live table has and the replay does not (changed or added by hand, or a bug). */
  readonly onlyLive: number;
  /** Rows the replay produced that the live table lacks (deleted or changed by hand). */
  readonly onlyReplayed: number;
  readonly samples: { readonly onlyLive: unknown[]; readonly onlyReplayed: unknown[] };
}

export interface ProjectionReplay {
  readonly projection: string;
  /** The live checkpoint: both sides are compared over the events up to it. */
  readonly upToPosition: string;
  readonly tables: readonly TableDrift[];
}

export interface ReplayReport {
  readonly ok: boolean;
  readonly events: number;
  readonly projections: readonly ProjectionReplay[];
  readonly elapsedMs: number;
}

export interface ReplayDeps {
  readonly store: EventStore;
  readonly readStore: ReadStore;
  readonly projections: readonly Projection[];
  readonly batchSize?: number;
}

/**
 * Rebuilds every projection from the log into the scratch schema, with the read side's own
 * projection functions, up to each live checkpoint; then compares live and replayed rows.
 * Read models are append-only history, so live rows up to the checkpoint never change while we
 * compare, even with the projector running.
 */
export async function replayAndCompare(deps: ReplayDeps, onProgress?: (p: ReplayProgressInfo) => void): Promise<ReplayReport> {
  const started = Date.now();
  const checkpoints = await readCheckpoints(deps.readStore);
  const upTo = new Map(deps.projections.map((p) => [p.name, checkpoints.get(p.name) ?? 0n]));
  await prepareScratch(deps.readStore, deps.projections);
  try {
    const events = await replayInto(deps, upTo, onProgress);
    const projections: ProjectionReplay[] = [];
    for (const p of deps.projections) {
      const position = upTo.get(p.name)!;
      const tables = await Promise.all(p.tables.map((t) => compareTable(deps.readStore, t, position)));
      projections.push({ projection: p.name, upToPosition: position.toString(), tables });
    }
    const ok = projections.every((p) => p.tables.every((t) => t.onlyLive === 0 && t.onlyReplayed === 0));
    return { ok, events, projections, elapsedMs: Date.now() - started };
  } finally {
    await deps.readStore.query(`DROP SCHEMA IF EXISTS ${ident(REPLAY_SCHEMA)} CASCADE`);
  }
}

async function prepareScratch(rs: ReadStore, projections: readonly Projection[]): Promise<void> {
  await rs.query(`DROP SCHEMA IF EXISTS ${ident(REPLAY_SCHEMA)} CASCADE`);
  await rs.query(`CREATE SCHEMA ${ident(REPLAY_SCHEMA)}`);
  for (const t of projections.flatMap((p) => p.tables)) for (const ddl of createTableSql(REPLAY_SCHEMA, t)) await rs.query(ddl);
}

/** One read of the log feeds every projection, each up to its own checkpoint. */
async function replayInto(deps: ReplayDeps, upTo: Map<string, bigint>, onProgress?: (p: ReplayProgressInfo) => void): Promise<number> {
  const limit = deps.batchSize ?? 1000;
  const last = [...upTo.values()].reduce((a, b) => (a > b ? a : b), 0n);
  let after = 0n;
  let events = 0;
  while (after < last) {
    const page = (await deps.store.readAll({ after, limit })).filter((e) => e.position <= last);
    if (page.length === 0) break;
    await deps.readStore.transaction(async (tx) => {
      for (const p of deps.projections) await applyBatch(tx, REPLAY_SCHEMA, p, page.filter((e) => e.position <= upTo.get(p.name)!));
    });
    after = page[page.length - 1].position;
    events += page.length;
    onProgress?.({ events, position: after.toString() });
  }
  return events;
}

async function compareTable(sql: Sql, t: TableSpec, upTo: bigint): Promise<TableDrift> {
  const cols = t.columns.map(([n]) => ident(n)).join(', ');
  const hasPosition = t.columns.some(([n]) => n === 'position');
  const live = `SELECT ${cols} FROM ${qualified(LIVE_SCHEMA, t.name)}${hasPosition ? ' WHERE position <= $1::bigint' : ''}`;
  const replayed = `SELECT ${cols} FROM ${qualified(REPLAY_SCHEMA, t.name)}`;
  const params = hasPosition ? [upTo.toString()] : [];
  // Only the live side takes the position; a statement must get exactly the parameters it uses.
  const count = async (q: string, p = params) => Number((await sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM (${q}) x`, p))[0].n);
  const sample = async (q: string) => (await sql.query<{ r: unknown }>(`SELECT to_jsonb(x) AS r FROM (${q}) x LIMIT ${SAMPLES}`, params)).map((r) => r.r);
  const onlyLiveQ = `${live} EXCEPT ALL ${replayed}`;
  const onlyReplayedQ = `${replayed} EXCEPT ALL ${live}`;
  const [liveRows, replayedRows, onlyLive, onlyReplayed] = [await count(live), await count(replayed, []), await count(onlyLiveQ), await count(onlyReplayedQ)];
  const samples = { onlyLive: onlyLive ? await sample(onlyLiveQ) : [], onlyReplayed: onlyReplayed ? await sample(onlyReplayedQ) : [] };
  return { table: t.name, liveRows, replayedRows, onlyLive, onlyReplayed, samples };
}
