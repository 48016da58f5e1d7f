import { Controller, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CommandEndpoint, CommandGateway, commandRoute, SECRETARIAT, type AuthedRequest } from '@chitieu/http';
import { IssueDocumentCommand } from '../application/issue-document/issue-document.command';
import { issueDocumentSchema } from '../application/issue-document/issue-document.schema';
import { PlanDocumentCommand } from '../application/plan-document/plan-document.command';
import { planDocumentSchema } from '../application/plan-document/plan-document.schema';

@Controller('api/v1/documents')
export class DocumentCommandsController {
  constructor(private readonly gateway: CommandGateway) {}

  @CommandEndpoint('documents', '', issueDocumentSchema, SECRETARIAT, 'Record a document issued under the program')
  issue(@Req() req: AuthedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.gateway.run(req, reply, commandRoute(issueDocumentSchema, IssueDocumentCommand));
  }

  @CommandEndpoint('documents', 'planned', planDocumentSchema, SECRETARIAT, 'Record a document planned for a later date')
  plan(@Req() req: AuthedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.gateway.run(req, reply, commandRoute(planDocumentSchema, PlanDocumentCommand));
  }
}
