/**
 * Read-model maintenance: `npm run projections -- rebuild [name]` replays the store into fresh
 * tables and swaps them in (progress on stderr); `npm run projections -- status` prints positions
 * and lag. Uses DATABASE_URL, else the embedded engine in DATA_DIR (which must not be open in a
 * running app at the same time: PGlite is single-process).
 */
import { createDatabase, runMigrations } from '@chitieu/database';
import { PostgresEventStore } from '@chitieu/event-store';
import { ALL_PROJECTIONS, createReadStore, Projector, READ_SIDE_MIGRATIONS, sqlEventCounter, type RebuildProgress } from '@chitieu/read-side';

const USAGE = 'usage: npm run projections -- rebuild [name] | status\n  read models: ' + ALL_PROJECTIONS.map((p) => p.name).join(', ');

function progressPrinter(): (p: RebuildProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.phase === 'copying' && now - last < 1000) return;
    last = now;
    const total = p.total === null ? '?' : p.total.toLocaleString('vi-VN');
    process.stderr.write(`${p.projection}: ${p.phase} ${p.done.toLocaleString('vi-VN')}/${total} events, ${p.eventsPerSecond.toLocaleString('vi-VN')}/s\n`);
  };
}

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  if (command !== 'rebuild' && command !== 'status') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const db = await createDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR ?? './data' });
  const store = await PostgresEventStore.open(db);
  await runMigrations(db, READ_SIDE_MIGRATIONS);
  const readStore = await createReadStore(db);
  try {
    const projector = new Projector(store, readStore, ALL_PROJECTIONS, { countEventsAfter: sqlEventCounter(store, db) });
    if (command === 'status') {
      process.stdout.write(`${JSON.stringify(await projector.lag(), null, 2)}\n`);
      return 0;
    }
    const results = await projector.rebuild(name, progressPrinter());
    for (const r of results) {
      process.stderr.write(`${r.projection}: rebuilt from ${r.events} events in ${r.seconds.toFixed(1)} s, at position ${r.position}\n`);
    }
    return 0;
  } finally {
    await readStore.close();
    await store.close();
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`projections: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
