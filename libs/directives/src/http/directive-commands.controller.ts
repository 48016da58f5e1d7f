import { Controller, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CommandEndpoint, CommandGateway, commandRoute, SECRETARIAT, UNIT_WRITERS, type AuthedRequest } from '@chitieu/http';
import { AcknowledgeTaskCommand } from '../application/acknowledge-task/acknowledge-task.command';
import { acknowledgeTaskSchema } from '../application/acknowledge-task/acknowledge-task.schema';
import { AssignTaskCommand } from '../application/assign-task/assign-task.command';
import { assignTaskSchema } from '../application/assign-task/assign-task.schema';
import { CancelTaskCommand } from '../application/cancel-task/cancel-task.command';
import { cancelTaskSchema } from '../application/cancel-task/cancel-task.schema';
import { CompleteTaskCommand } from '../application/complete-task/complete-task.command';
import { completeTaskSchema } from '../application/complete-task/complete-task.schema';
import { ExtendTaskDeadlineCommand } from '../application/extend-task-deadline/extend-task-deadline.command';
import { extendTaskDeadlineSchema } from '../application/extend-task-deadline/extend-task-deadline.schema';
import { IssueDirectiveCommand } from '../application/issue-directive/issue-directive.command';
import { issueDirectiveSchema } from '../application/issue-directive/issue-directive.schema';
import { ReportTaskProgressCommand } from '../application/report-task-progress/report-task-progress.command';
import { reportTaskProgressSchema } from '../application/report-task-progress/report-task-progress.schema';

type Req_ = AuthedRequest;
type Reply = FastifyReply;
const TASK = 'directives/:directiveId/tasks/:taskId';

@Controller('api/v1')
export class DirectiveCommandsController {
  constructor(private readonly gateway: CommandGateway) {}

  @CommandEndpoint('directives', 'directives', issueDirectiveSchema, SECRETARIAT, 'Record a directive (e.g. Notice 07/TB-BCĐ) with its tasks')
  issue(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply) {
    return this.gateway.run(req, reply, commandRoute(issueDirectiveSchema, IssueDirectiveCommand));
  }

  @CommandEndpoint('directives', 'directives/:directiveId/tasks', assignTaskSchema, SECRETARIAT, 'Add a task to a directive')
  assign(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('directiveId') directiveId: string) {
    return this.gateway.run(req, reply, commandRoute(assignTaskSchema, AssignTaskCommand, { directiveId }));
  }

  @CommandEndpoint('tasks', `${TASK}/acknowledgements`, acknowledgeTaskSchema, UNIT_WRITERS, 'Acknowledge a task')
  acknowledge(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('directiveId') directiveId: string, @Param('taskId') taskId: string) {
    return this.gateway.run(req, reply, commandRoute(acknowledgeTaskSchema, AcknowledgeTaskCommand, { directiveId, taskId }));
  }

  @CommandEndpoint('tasks', `${TASK}/progress`, reportTaskProgressSchema, UNIT_WRITERS, 'Report progress on a task')
  progress(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('directiveId') directiveId: string, @Param('taskId') taskId: string) {
    return this.gateway.run(req, reply, commandRoute(reportTaskProgressSchema, ReportTaskProgressCommand, { directiveId, taskId }));
  }

  @CommandEndpoint('tasks', `${TASK}/completion`, completeTaskSchema, UNIT_WRITERS, 'Complete a task with evidence')
  complete(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('directiveId') directiveId: string, @Param('taskId') taskId: string) {
    return this.gateway.run(req, reply, commandRoute(completeTaskSchema, CompleteTaskCommand, { directiveId, taskId }));
  }

  @CommandEndpoint('tasks', `${TASK}/deadline-extensions`, extendTaskDeadlineSchema, SECRETARIAT, 'Extend a task deadline (new date, reason)')
  extend(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('directiveId') directiveId: string, @Param('taskId') taskId: string) {
    return this.gateway.run(req, reply, commandRoute(extendTaskDeadlineSchema, ExtendTaskDeadlineCommand, { directiveId, taskId }));
  }

  @CommandEndpoint('tasks', `${TASK}/cancellation`, cancelTaskSchema, SECRETARIAT, 'Cancel a task (reason)')
  cancel(@Req() req: Req_, @Res({ passthrough: true }) reply: Reply, @Param('directiveId') directiveId: string, @Param('taskId') taskId: string) {
    return this.gateway.run(req, reply, commandRoute(cancelTaskSchema, CancelTaskCommand, { directiveId, taskId }));
  }
}
