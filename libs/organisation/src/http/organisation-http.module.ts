import { Module } from '@nestjs/common';
import { OrganisationModule } from '../application/organisation.module';
import { OrganisationCommandsController } from './organisation-commands.controller';

/** The organisation context's command API over HTTP. */
@Module({ imports: [OrganisationModule], controllers: [OrganisationCommandsController] })
export class OrganisationHttpModule {}
