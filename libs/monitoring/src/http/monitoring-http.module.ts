import { Module } from '@nestjs/common';
import { MonitoringModule } from '../application/monitoring.module';
import { IndicatorCommandsController } from './indicator-commands.controller';
import { ProgramCommandsController } from './program-commands.controller';

/** The monitoring context's command API over HTTP. */
@Module({ imports: [MonitoringModule], controllers: [ProgramCommandsController, IndicatorCommandsController] })
export class MonitoringHttpModule {}
