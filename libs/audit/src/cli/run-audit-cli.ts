import { parseArgs } from 'node:util';
import { DomainError } from '@chitieu/kernel';
import { EXIT_USAGE, type CliDeps, type CliIo, type Flags } from './cli-io';
import { exportCommand, historyCommand, sealCommand } from './log.commands';
import { verifyCommand } from './verify.command';

export type Command = (flags: Flags, io: CliIo, deps: CliDeps) => Promise<number>;

export const USAGE = `npm run audit -- <command>
  verify [--digest TEXT]... [--json]      every hash chain, every seal and the digests given
  verify --event ID --digest TEXT         the inclusion proof of one event
  seal                                    seal the log up to its head; prints the digest to publish
  replay [--json]                         rebuild every projection in a scratch schema and compare
  as-of --date D [--known-at T] [--program ID] [--json]
                                          program summary and indicator statuses as they were
  history --indicator ID | --unit CODE | --document NUMBER [--json]
  export [--from F] [--to T] [--format jsonl|csv]
Opens DATABASE_URL, or the embedded engine in DATA_DIR. Exit 0 ok, 1 problem found, 2 bad input.
See docs/AUDIT.md.`;

const OPTIONS = {
  digest: { type: 'string', multiple: true },
  event: { type: 'string' },
  json: { type: 'boolean' },
  date: { type: 'string' },
  'known-at': { type: 'string' },
  indicator: { type: 'string' },
  unit: { type: 'string' },
  document: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  program: { type: 'string' },
  help: { type: 'boolean' },
} as const;

export function parseCli(argv: readonly string[]): { command: string | undefined; flags: Flags } {
  const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  return { command: positionals[0], flags: values };
}

/**
 * Runs one auditor command and returns its exit code. Bad input (a DomainError of kind
 * validation or not_found, or an unknown flag) prints its message and gives 2.
 */
export async function runAuditCli(argv: readonly string[], io: CliIo, deps: () => Promise<CliDeps>, commands: Record<string, Command>): Promise<number> {
  let parsed: ReturnType<typeof parseCli>;
  try {
    parsed = parseCli(argv);
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const command = parsed.command ? commands[parsed.command] : undefined;
  if (!command || parsed.flags.help) {
    io.err(`${parsed.command && !command ? `unknown command ${parsed.command}\n\n` : ''}${USAGE}\n`);
    return parsed.flags.help ? 0 : EXIT_USAGE;
  }
  try {
    return await command(parsed.flags, io, await deps());
  } catch (err) {
    if (err instanceof DomainError) {
      io.err(`${err.code}${err.field ? ` (${err.field})` : ''}: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

export const BASE_COMMANDS: Record<string, Command> = {
  verify: verifyCommand,
  seal: sealCommand,
  history: historyCommand,
  export: exportCommand,
};
