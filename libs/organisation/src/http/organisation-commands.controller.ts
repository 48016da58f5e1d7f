import { Controller, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CommandEndpoint, CommandGateway, SECRETARIAT, type AuthedRequest } from '@chitieu/http';
import { MergeUnitCommand } from '../application/merge-unit/merge-unit.command';
import { mergeUnitSchema } from '../application/merge-unit/merge-unit.schema';
import { RegisterUnitCommand } from '../application/register-unit/register-unit.command';
import { registerUnitSchema } from '../application/register-unit/register-unit.schema';
import { RenameUnitCommand } from '../application/rename-unit/rename-unit.command';
import { renameUnitSchema } from '../application/rename-unit/rename-unit.schema';
import { TransferResponsibilitiesCommand } from '../application/transfer-responsibilities/transfer-responsibilities.command';
import { transferResponsibilitiesSchema } from '../application/transfer-responsibilities/transfer-responsibilities.schema';

@Controller('api/v1')
export class OrganisationCommandsController {
  constructor(private readonly gateway: CommandGateway) {}

  @CommandEndpoint('units', 'units', registerUnitSchema, SECRETARIAT, 'Register a unit (department, district, committee, agency)')
  register(@Req() req: AuthedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.gateway.run(req, reply, { schema: registerUnitSchema, build: (p, c, v) => new RegisterUnitCommand(p, c, v) });
  }

  @CommandEndpoint('units', 'units/:code/renames', renameUnitSchema, SECRETARIAT, 'Rename a unit from an effective date')
  rename(@Req() req: AuthedRequest, @Res({ passthrough: true }) reply: FastifyReply, @Param('code') code: string) {
    return this.gateway.run(req, reply, { schema: renameUnitSchema, params: { code }, build: (p, c, v) => new RenameUnitCommand(p, c, v) });
  }

  @CommandEndpoint('units', 'units/:code/mergers', mergeUnitSchema, SECRETARIAT, 'Merge a unit into another from an effective date')
  merge(@Req() req: AuthedRequest, @Res({ passthrough: true }) reply: FastifyReply, @Param('code') code: string) {
    return this.gateway.run(req, reply, { schema: mergeUnitSchema, params: { code }, build: (p, c, v) => new MergeUnitCommand(p, c, v) });
  }

  @CommandEndpoint('units', 'units/:code/transfers', transferResponsibilitiesSchema, SECRETARIAT, 'Transfer some responsibilities to another unit')
  transfer(@Req() req: AuthedRequest, @Res({ passthrough: true }) reply: FastifyReply, @Param('code') fromCode: string) {
    return this.gateway.run(req, reply, {
      schema: transferResponsibilitiesSchema, params: { fromCode }, build: (p, c, v) => new TransferResponsibilitiesCommand(p, c, v),
    });
  }
}
