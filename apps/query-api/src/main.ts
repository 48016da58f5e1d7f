/** The read side over HTTP: status queries, the board and the auditor API; the projector service fills the tables. */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { AuditModule } from '@chitieu/audit';
import { BoardModule } from '@chitieu/board';
import { DatabaseHealth, HEALTH_CONTRIBUTORS, HealthController, PlatformModule, runService } from '@chitieu/http';
import { ReadSideHealth, ReadSideModule } from '@chitieu/read-side';

@Module({})
class QueryApiModule {}

runService({
  name: 'query-api',
  module: (options) => ({
    module: QueryApiModule,
    imports: [PlatformModule.forRoot(options), ReadSideModule.forRoot({ runProjector: false }), BoardModule, AuditModule],
    controllers: [HealthController],
    providers: [
      {
        provide: HEALTH_CONTRIBUTORS,
        inject: [ReadSideHealth],
        useFactory: (readHealth: ReadSideHealth) => [new DatabaseHealth(options.database, options.store), readHealth],
      },
    ],
  }),
});
