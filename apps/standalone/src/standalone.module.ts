import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@chitieu/audit';
import { BoardModule } from '@chitieu/board';
import { DirectivesHttpModule } from '@chitieu/directives';
import { DatabaseHealth, HEALTH_CONTRIBUTORS, HealthController, PlatformModule, type PlatformOptions } from '@chitieu/http';
import { MonitoringHttpModule } from '@chitieu/monitoring';
import { OrganisationHttpModule } from '@chitieu/organisation';
import { ReadSideHealth, ReadSideModule } from '@chitieu/read-side';

/** Every module in one process: the write side, the read side, the board and the auditor API. */
@Module({})
export class StandaloneModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const readSide = ReadSideModule.forRoot({ runProjector: true });
    return {
      module: StandaloneModule,
      imports: [PlatformModule.forRoot(options), OrganisationHttpModule, MonitoringHttpModule, DirectivesHttpModule, readSide, BoardModule, AuditModule],
      controllers: [HealthController],
      providers: [
        {
          provide: HEALTH_CONTRIBUTORS,
          inject: [ReadSideHealth],
          useFactory: (readHealth: ReadSideHealth) => [new DatabaseHealth(options.database, options.store), readHealth],
        },
      ],
    };
  }
}
