/**
 * Builds the read models from the log. Several instances may run: each projection is processed by
 * one instance at a time (the projector's lease); PROJECTIONS splits projections across instances.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { DatabaseHealth, HEALTH_CONTRIBUTORS, HealthController, PlatformModule, runService } from '@chitieu/http';
import { ReadSideHealth, ReadSideModule } from '@chitieu/read-side';

@Module({})
class ProjectorModule {}

runService({
  name: 'projector',
  module: (options) => ({
    module: ProjectorModule,
    imports: [PlatformModule.forRoot(options), ReadSideModule.forRoot({ runProjector: true })],
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
