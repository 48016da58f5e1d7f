import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, sleep } from './net';

const ROOT = resolve(__dirname, '../../..');
let built: string | null = null;

/**
 * Compiles the apps with swc into a private directory (never `dist/`, which other engineers'
 * runs replace), once per test file. node_modules is linked beside it so requires resolve.
 */
export function buildApps(): string {
  if (built) return built;
  const out = mkdtempSync(join(tmpdir(), 'chitieu-fault-build-'));
  const swc = join(ROOT, 'node_modules/.bin/swc');
  const result = spawnSync(swc, ['apps', 'libs', 'scripts', 'test/faults/support', '-d', out, '--quiet', '--ignore', '**/*.spec.ts'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`swc build failed: ${result.stderr}`);
  removeStaleBuilds(out);
  symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'));
  // The board serves its files from the project root's libs/board/src/assets, uncompiled.
  symlinkSync(join(ROOT, 'package.json'), join(out, 'package.json'));
  rmSync(join(out, 'libs/board/src/assets'), { recursive: true, force: true });
  cpSync(join(ROOT, 'libs/board/src/assets'), join(out, 'libs/board/src/assets'), { recursive: true });
  built = out;
  return out;
}

/** Jest gives test files no reliable exit hook: builds older than an hour are removed instead. */
function removeStaleBuilds(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const dir = join(tmpdir(), name);
    if (!name.startsWith('chitieu-fault-build-') || dir === keep) continue;
    if (Date.now() - statSync(dir).mtimeMs > 3_600_000) rmSync(dir, { recursive: true, force: true });
  }
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One run of a compiled entry point as a real process, its output kept for assertions. */
export class AppProcess {
  output = '';
  readonly exited: Promise<ExitInfo>;

  private constructor(private readonly child: ChildProcess, readonly url: string) {
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  }

  /** Starts `entry` (relative to the build) with env; does not wait for it to listen. */
  static async spawn(entry: string, env: Record<string, string>, port?: number): Promise<AppProcess> {
    const dir = buildApps();
    const p = port ?? (await freePort());
    const file = join(dir, entry);
    if (!existsSync(file)) throw new Error(`${entry} is not in the build`);
    const child = spawn(process.execPath, [file], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', HOST: '127.0.0.1', PORT: String(p), LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new AppProcess(child, `http://127.0.0.1:${p}`);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves when /api/health answers at all (200 or 503); throws if the process exits first. */
  async ready(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`the app exited before it listened:\n${this.output}`);
      const ok = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(2000) }).then(() => true, () => false);
      if (ok) return;
      await sleep(150);
    }
    throw new Error(`the app did not listen within ${timeoutMs} ms:\n${this.output}`);
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<ExitInfo> {
    if (this.running) this.child.kill(signal);
    return this.exited;
  }
}
