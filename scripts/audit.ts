/**
 * The auditor's tools: `npm run audit -- <command>` (see docs/AUDIT.md). Opens the same
 * database as the app, from DATABASE_URL or the embedded engine in DATA_DIR.
 */
import { createDatabase, type Database } from '@chitieu/database';
import { PostgresEventStore } from '@chitieu/event-store';
import { AUDIT_COMMANDS, runAuditCli, type CliDeps } from '@chitieu/audit';

async function main(): Promise<number> {
  let db: Database | null = null;
  let store: PostgresEventStore | null = null;
  const open = async (): Promise<CliDeps> => {
    db = await createDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR ?? './data', poolSize: 4 });
    store = await PostgresEventStore.open(db);
    return { db, store };
  };
  const io = {
    // Waits for a full pipe to drain, so a large export does not pile up in memory.
    out: (text: string) => (process.stdout.write(text) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()))),
    err: (text: string) => void process.stderr.write(text),
    isTty: Boolean(process.stderr.isTTY),
  };
  try {
    return await runAuditCli(process.argv.slice(2), io, open, AUDIT_COMMANDS);
  } finally {
    await (store as PostgresEventStore | null)?.close();
    await (db as Database | null)?.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`audit: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
