import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { LaunchProgramHandler } from './launch-program/launch-program.handler';
import { HoldReviewMeetingHandler } from './hold-review-meeting/hold-review-meeting.handler';
import { DefineIndicatorHandler } from './define-indicator/define-indicator.handler';
import { ReviseIndicatorHandler } from './revise-indicator/revise-indicator.handler';
import { RetireIndicatorHandler } from './retire-indicator/retire-indicator.handler';
import { SetTargetHandler } from './set-target/set-target.handler';
import { ReviseTargetHandler } from './revise-target/revise-target.handler';
import { AssignIndicatorHandler } from './assign-indicator/assign-indicator.handler';
import { ReassignIndicatorHandler } from './reassign-indicator/reassign-indicator.handler';
import { ReportValueHandler } from './report-value/report-value.handler';
import { CorrectValueHandler } from './correct-value/correct-value.handler';
import { AssessIndicatorHandler } from './assess-indicator/assess-indicator.handler';

export const MONITORING_HANDLERS = [
  LaunchProgramHandler,
  HoldReviewMeetingHandler,
  DefineIndicatorHandler,
  ReviseIndicatorHandler,
  RetireIndicatorHandler,
  SetTargetHandler,
  ReviseTargetHandler,
  AssignIndicatorHandler,
  ReassignIndicatorHandler,
  ReportValueHandler,
  CorrectValueHandler,
  AssessIndicatorHandler,
];

/** Program and indicator command handlers. EVENT_STORE is provided by the app. */
@Module({ imports: [CqrsModule], providers: [...MONITORING_HANDLERS] })
export class MonitoringModule {}
