import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { MigrationSet } from '@chitieu/database';
import type { Logger } from 'pino';
import { createHttpApp } from './bootstrap';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { resolveJwtSecret } from './auth/secret';
import { openInfrastructure, type Infrastructure } from './infrastructure';
import { createLogger } from './logging';
import type { PlatformOptions } from './platform.module';

export interface ServiceDefinition {
  readonly name: string;
  readonly migrations?: readonly MigrationSet[];
  module(options: PlatformOptions): DynamicModule;
  /** Starts background work (projector, relay, watcher); returns its stop function. */
  start?(context: { app: NestFastifyApplication; infrastructure: Infrastructure; config: AppConfig; logger: Logger }): Promise<() => Promise<void>>;
}

/** The main() of every scale-out service: config, infrastructure, Nest app, /api/health, signals. */
export function runService(definition: ServiceDefinition): void {
  const boot = async () => {
    const config = loadConfig();
    const logger = createLogger(config.LOG_LEVEL, `chitieu-${definition.name}`);
    const infrastructure = await openInfrastructure(config, definition.migrations ?? []);
    const options = { config, database: infrastructure.database, store: infrastructure.store, jwtSecret: resolveJwtSecret(config) };
    const app = await createHttpApp(definition.module(options), config, logger, `chitieu ${definition.name}`);
    await app.init();
    const stopWork = definition.start ? await definition.start({ app, infrastructure, config, logger }) : async () => undefined;
    await app.listen(config.PORT, config.HOST);
    logger.info({ port: config.PORT, engine: infrastructure.store.engine }, `${definition.name} started`);
    const stop = async (signal: string) => {
      logger.info({ signal }, 'stopping');
      await stopWork();
      await app.close();
      await infrastructure.close();
      process.exit(0);
    };
    process.once('SIGINT', (s) => void stop(s));
    process.once('SIGTERM', (s) => void stop(s));
  };
  boot().catch((err: unknown) => {
    process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `${definition.name} failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
