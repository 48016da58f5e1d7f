import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chartSvg } from './chart';
import type { MachineInfo } from './machine';
import { tableMarkdown, tableText, type ResultRow } from './result';

export interface BenchReport {
  readonly mode: 'quick' | 'full';
  /** Scenario groups of an `--only` run (its files are named after them), else null. */
  readonly only: readonly string[] | null;
  readonly startedAt: string;
  readonly seconds: number;
  readonly machine: MachineInfo;
  readonly code: { commit: string; uncommittedProductFiles: number };
  readonly postgres: Record<string, string>;
  readonly sizes: object;
  readonly runs: number;
  readonly rows: readonly ResultRow[];
  readonly failures: readonly { scenario: string; error: string }[];
}

/** Prints the table and writes JSON, Markdown and the SVG chart to bench/results/<mode>[-<only>]-latest.*. */
export function writeReport(report: BenchReport, dir = path.join(process.cwd(), 'bench', 'results')): string[] {
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `${report.mode}${report.only ? `-${report.only.join('+')}` : ''}-latest`);
  const json = JSON.stringify(report, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);
  writeFileSync(`${base}.json`, `${json}\n`);
  const context = `${report.machine.cpus} CPUs (${report.machine.cpuModel}), ${report.machine.memoryGiB} GiB, Node ${report.machine.node}; ` +
    `PostgreSQL ${report.postgres.server_version}, fsync=${report.postgres.fsync}, synchronous_commit=${report.postgres.synchronous_commit}, shared_buffers=${report.postgres.shared_buffers}`;
  const failures = report.failures.map((f) => `- ${f.scenario} failed: ${f.error}`).join('\n');
  writeFileSync(`${base}.md`, `${report.mode} run of ${report.startedAt}, ${Math.round(report.seconds)} s; ${context}\n\n${tableMarkdown(report.rows)}\n${failures ? `\n${failures}\n` : ''}`);
  writeFileSync(`${base}.svg`, chartSvg(report.rows, `chitieu benchmarks (${report.mode}, ${report.startedAt.slice(0, 10)}): share of each goal`));
  process.stdout.write(`\n${tableText(report.rows)}\n\n${context}\n${failures ? `${failures}\n` : ''}`);
  return [`${base}.json`, `${base}.md`, `${base}.svg`];
}
