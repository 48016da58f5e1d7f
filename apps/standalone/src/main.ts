/**
 * The standalone deployable: every module in one process. With no DATABASE_URL it runs on the
 * embedded PGlite engine in DATA_DIR, so a new user needs no server.
 */
import 'reflect-metadata';
import { ConfigError, createLogger, loadConfig } from '@chitieu/http';
import { startStandalone } from './standalone';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, 'chitieu-standalone');
  const running = await startStandalone(config, logger);
  logger.info({ url: running.url, engine: running.engine }, `chitieu is listening on ${running.url} (health: ${running.url}/api/health, board: ${running.url}/)`);
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', (s) => void stop(s));
  process.once('SIGTERM', (s) => void stop(s));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`chitieu failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
