import { Controller, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CommandEndpoint, CommandGateway, commandRoute, SECRETARIAT, type AuthedRequest } from '@chitieu/http';
import { DefineIndicatorCommand } from '../application/define-indicator/define-indicator.command';
import { defineIndicatorSchema } from '../application/define-indicator/define-indicator.schema';
import { HoldReviewMeetingCommand } from '../application/hold-review-meeting/hold-review-meeting.command';
import { holdReviewMeetingSchema } from '../application/hold-review-meeting/hold-review-meeting.schema';
import { LaunchProgramCommand } from '../application/launch-program/launch-program.command';
import { launchProgramSchema } from '../application/launch-program/launch-program.schema';

type Reply = FastifyReply;

@Controller('api/v1')
export class ProgramCommandsController {
  constructor(private readonly gateway: CommandGateway) {}

  @CommandEndpoint('programs', 'programs', launchProgramSchema, SECRETARIAT, 'Launch a program from its founding document')
  launch(@Req() req: AuthedRequest, @Res({ passthrough: true }) reply: Reply) {
    return this.gateway.run(req, reply, commandRoute(launchProgramSchema, LaunchProgramCommand));
  }

  @CommandEndpoint('programs', 'programs/:programId/indicators', defineIndicatorSchema, SECRETARIAT, 'Define an indicator of the program')
  define(@Req() req: AuthedRequest, @Res({ passthrough: true }) reply: Reply, @Param('programId') programId: string) {
    return this.gateway.run(req, reply, commandRoute(defineIndicatorSchema, DefineIndicatorCommand, { programId }));
  }

  @CommandEndpoint('programs', 'programs/:programId/review-meetings', holdReviewMeetingSchema, SECRETARIAT, 'Record a review meeting (hội nghị sơ kết)')
  review(@Req() req: AuthedRequest, @Res({ passthrough: true }) reply: Reply, @Param('programId') programId: string) {
    return this.gateway.run(req, reply, commandRoute(holdReviewMeetingSchema, HoldReviewMeetingCommand, { programId }));
  }
}
