import { Controller, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CommandEndpoint, CommandGateway, commandRoute, SECRETARIAT, UNIT_WRITERS, type AuthedRequest } from '@chitieu/http';
import { AssessIndicatorCommand } from '../application/assess-indicator/assess-indicator.command';
import { assessIndicatorSchema } from '../application/assess-indicator/assess-indicator.schema';
import { AssignIndicatorCommand } from '../application/assign-indicator/assign-indicator.command';
import { assignIndicatorSchema } from '../application/assign-indicator/assign-indicator.schema';
import { CorrectValueCommand } from '../application/correct-value/correct-value.command';
import { correctValueSchema } from '../application/correct-value/correct-value.schema';
import { ReassignIndicatorCommand } from '../application/reassign-indicator/reassign-indicator.command';
import { reassignIndicatorSchema } from '../application/reassign-indicator/reassign-indicator.schema';
import { ReportValueCommand } from '../application/report-value/report-value.command';
import { reportValueSchema } from '../application/report-value/report-value.schema';
import { RetireIndicatorCommand } from '../application/retire-indicator/retire-indicator.command';
import { retireIndicatorSchema } from '../application/retire-indicator/retire-indicator.schema';
import { ReviseIndicatorCommand } from '../application/revise-indicator/revise-indicator.command';
import { reviseIndicatorSchema } from '../application/revise-indicator/revise-indicator.schema';
import { ReviseTargetCommand } from '../application/revise-target/revise-target.command';
import { reviseTargetSchema } from '../application/revise-target/revise-target.schema';
import { SetTargetCommand } from '../application/set-target/set-target.command';
import { setTargetSchema } from '../application/set-target/set-target.schema';

type Req_ = AuthedRequest;
type Reply = FastifyReply;

@Controller('api/v1/indicators/:id')
export class IndicatorCommandsController {
  constructor(private readonly gateway: CommandGateway) {}

  @CommandEndpoint('indicators', 'revisions', reviseIndicatorSchema, SECRETARIAT, 'Revise an indicator definition (reason and document)')
  revise(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('id') indicatorId: string) {
    return this.gateway.run(req, reply, commandRoute(reviseIndicatorSchema, ReviseIndicatorCommand, { indicatorId }));
  }

  @CommandEndpoint('indicators', 'retirement', retireIndicatorSchema, SECRETARIAT, 'Retire an indicator from a date (reason and document)')
  retire(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('id') indicatorId: string) {
    return this.gateway.run(req, reply, commandRoute(retireIndicatorSchema, RetireIndicatorCommand, { indicatorId }));
  }

  @CommandEndpoint('indicators', 'targets', setTargetSchema, SECRETARIAT, 'Set the term or a year target')
  setTarget(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('id') indicatorId: string) {
    return this.gateway.run(req, reply, commandRoute(setTargetSchema, SetTargetCommand, { indicatorId }));
  }

  @CommandEndpoint('indicators', 'target-revisions', reviseTargetSchema, SECRETARIAT, 'Revise a target: old and new, reason, deciding document')
  reviseTarget(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('id') indicatorId: string) {
    return this.gateway.run(req, reply, commandRoute(reviseTargetSchema, ReviseTargetCommand, { indicatorId }));
  }

  @CommandEndpoint('indicators', 'assignments', assignIndicatorSchema, SECRETARIAT, 'Assign the lead and coordinating units from a date')
  assign(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('id') indicatorId: string) {
    return this.gateway.run(req, reply, commandRoute(assignIndicatorSchema, AssignIndicatorCommand, { indicatorId }));
  }

  @CommandEndpoint('indicators', 'reassignments', reassignIndicatorSchema, SECRETARIAT, 'Reassign the indicator from a date')
  reassign(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('id') indicatorId: string) {
    return this.gateway.run(req, reply, commandRoute(reassignIndicatorSchema, ReassignIndicatorCommand, { indicatorId }));
  }

  @CommandEndpoint('indicators', 'reports', reportValueSchema, UNIT_WRITERS, 'Report a value for a period')
  report(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('id') indicatorId: string) {
    return this.gateway.run(req, reply, commandRoute(reportValueSchema, ReportValueCommand, { indicatorId }));
  }

  @CommandEndpoint('indicators', 'reports/:reportId/corrections', correctValueSchema, UNIT_WRITERS, 'Correct a reported value (old → new, reason)')
  correct(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('id') indicatorId: string, @Param('reportId') reportId: string) {
    return this.gateway.run(req, reply, commandRoute(correctValueSchema, CorrectValueCommand, { indicatorId, reportId }));
  }

  @CommandEndpoint('indicators', 'assessments', assessIndicatorSchema, SECRETARIAT, "Record the standing agency's assessment")
  assess(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('id') indicatorId: string) {
    return this.gateway.run(req, reply, commandRoute(assessIndicatorSchema, AssessIndicatorCommand, { indicatorId }));
  }
}
