import { Module } from '@nestjs/common';
import { DirectivesModule } from '../application/directives.module';
import { DirectiveCommandsController } from './directive-commands.controller';
import { DocumentCommandsController } from './document-commands.controller';

/** The directives context's command API over HTTP. */
@Module({ imports: [DirectivesModule], controllers: [DirectiveCommandsController, DocumentCommandsController] })
export class DirectivesHttpModule {}
