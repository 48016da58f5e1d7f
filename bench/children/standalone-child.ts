/**
 * The standalone app in its own process, as it runs in production, for the scenarios that need
 * it (`node standalone-child.js serve|rebuild`, DATABASE_URL in the environment):
 * - serve: listens on a free port and prints {"url": ...} on stdout; stops on SIGTERM;
 * - rebuild: rebuilds every read model through the app's own projector and prints the events,
 *   seconds and this process's peak resident memory (the kernel's high-water mark) on stdout.
 */
import 'reflect-metadata';
import { createLogger, loadConfig } from '@chitieu/http';
import { PROJECTOR, type Projector } from '@chitieu/read-side';
import { startStandalone } from '../../apps/standalone/src/standalone';
import { BENCH_JWT_SECRET } from './bench-secret';


function config(seed: boolean) {
  return loadConfig({
    DATABASE_URL: process.env.DATABASE_URL, PORT: '0', HOST: '127.0.0.1', JWT_SECRET: BENCH_JWT_SECRET, LOG_LEVEL: 'silent',
    SEED_SAMPLE_DATA: String(seed), WRITE_RATE_LIMIT_PER_MINUTE: '0', DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '16',
  });
}

async function rebuild(): Promise<void> {
  let sampledPeak = 0;
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss())), 50);
  const running = await startStandalone(config(false), createLogger('silent'));
  const projector = running.app.get<symbol, Projector>(PROJECTOR, { strict: false });
  const started = performance.now();
  let lastReport = 0;
  const results = await projector.rebuild(undefined, (p) => {
    if (Date.now() - lastReport < 2000) return;
    lastReport = Date.now();
    process.stderr.write(`  rebuild: ${p.phase} ${p.done.toLocaleString('en-US')}/${p.total?.toLocaleString('en-US') ?? '?'} events, ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB\n`);
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await running.close();
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ events: results[0]?.events ?? 0, seconds, peakRssMB, sampledPeakMB: sampledPeak / 2 ** 20 })}\n`);
}

async function serve(): Promise<void> {
  const running = await startStandalone(config(process.env.SEED !== 'false'), createLogger('silent'));
  process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
  process.once('SIGTERM', () => {
    void running.close().finally(() => process.exit(0));
  });
}

const mode = process.argv[2];
(mode === 'rebuild' ? rebuild() : mode === 'serve' ? serve() : Promise.reject(new Error(`mode ${mode}?`))).catch((err: unknown) => {
  process.stderr.write(`standalone-child: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
