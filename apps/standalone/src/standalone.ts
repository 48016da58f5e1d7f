import { CommandBus } from '@nestjs/cqrs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import type { Database } from '@chitieu/database';
import type { EventStore } from '@chitieu/event-store';
import { createHttpApp, openInfrastructure, resolveJwtSecret, type AppConfig } from '@chitieu/http';
import { seedSampleData } from '@chitieu/sample-data';
import { StandaloneModule } from './standalone.module';

export interface RunningApp {
  readonly app: NestFastifyApplication;
  readonly database: Database;
  readonly store: EventStore;
  readonly url: string;
  readonly engine: string;
  close(): Promise<void>;
}

/** Opens the database, migrates, composes every module, seeds an empty store, and listens. */
export async function startStandalone(config: AppConfig, logger: Logger): Promise<RunningApp> {
  const infrastructure = await openInfrastructure(config);
  const { database, store } = infrastructure;
  const module = StandaloneModule.forRoot({ config, database, store, jwtSecret: resolveJwtSecret(config) });
  const app = await createHttpApp(module, config, logger, 'chitieu');
  await app.init();
  // listen first: /api/health answers while the sample data is being recorded
  await app.listen(config.PORT, config.HOST);
  if (config.SEED_SAMPLE_DATA && (await store.headPosition()) === 0n) {
    logger.info('empty store: recording the Program 08-CTr/TU sample scenario');
    await seedSampleData(app.get(CommandBus), {
      onProgress: (done: number, total: number) => {
        if (done === total || done % 50 === 0) logger.info({ done, total }, `sample data ${done}/${total}`);
      },
    });
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return {
    app, database, store, engine: database.engine,
    url: `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`,
    close: async () => {
      await app.close();
      await infrastructure.close();
    },
  };
}
