import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
  readonly loadAverage: readonly number[];
}

/** The machine the figures were taken on: they mean little without it. */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** The code measured: the commit, and whether the product's files differed from it (a shared work tree). */
export function codeVersion(): { commit: string; uncommittedProductFiles: number } {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const changed = git('status', '--porcelain', '--', 'apps', 'libs');
    return { commit: git('rev-parse', 'HEAD'), uncommittedProductFiles: changed ? changed.split('\n').length : 0 };
  } catch {
    return { commit: 'unknown', uncommittedProductFiles: -1 };
  }
}
