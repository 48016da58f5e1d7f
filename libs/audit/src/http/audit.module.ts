import { Module } from '@nestjs/common';
import { DATABASE, type Database } from '@chitieu/database';
import { EVENT_STORE, type EventStore } from '@chitieu/event-store';
import { ReplayJobs } from '../application/replay/replay-jobs';
import { replayRunner } from '../application/replay/replay-runner';
import { SealScheduler } from '../application/seal/seal-scheduler';
import { AuditController, REPLAY_JOBS } from './audit.controller';

/** The auditor API and the scheduled seal; needs the PlatformModule's DATABASE, EVENT_STORE and APP_CONFIG. */
@Module({
  controllers: [AuditController],
  providers: [
    SealScheduler,
    { provide: REPLAY_JOBS, inject: [DATABASE, EVENT_STORE], useFactory: (db: Database, store: EventStore) => new ReplayJobs(replayRunner(db, store)) },
  ],
  exports: [SealScheduler, REPLAY_JOBS],
})
export class AuditModule {}
