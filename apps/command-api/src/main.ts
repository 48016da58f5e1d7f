/** The write side over HTTP: every command endpoint, nothing else. */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { DirectivesHttpModule } from '@chitieu/directives';
import { DatabaseHealth, HEALTH_CONTRIBUTORS, HealthController, PlatformModule, runService } from '@chitieu/http';
import { MonitoringHttpModule } from '@chitieu/monitoring';
import { OrganisationHttpModule } from '@chitieu/organisation';

@Module({})
class CommandApiModule {}

runService({
  name: 'command-api',
  module: (options) => ({
    module: CommandApiModule,
    imports: [PlatformModule.forRoot(options), OrganisationHttpModule, MonitoringHttpModule, DirectivesHttpModule],
    controllers: [HealthController],
    providers: [{ provide: HEALTH_CONTRIBUTORS, useValue: [new DatabaseHealth(options.database, options.store)] }],
  }),
});
