import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MergeUnitHandler } from './merge-unit/merge-unit.handler';
import { RegisterUnitHandler } from './register-unit/register-unit.handler';
import { RenameUnitHandler } from './rename-unit/rename-unit.handler';
import { TransferResponsibilitiesHandler } from './transfer-responsibilities/transfer-responsibilities.handler';

/** Unit command handlers. EVENT_STORE is provided by the app. */
@Module({
  imports: [CqrsModule],
  providers: [RegisterUnitHandler, RenameUnitHandler, MergeUnitHandler, TransferResponsibilitiesHandler],
})
export class OrganisationModule {}
