import { assertNever, type CommandContext, type Decider } from '@chitieu/kernel';
import { checkBusinessDate, decideSafely } from '../../../organisation/src/domain/input-rules';
import type { IndicatorCommand } from './indicator.commands';
import { assign, define, retire, revise } from './indicator.definition';
import type { IndicatorEvent } from './indicator.events';
import { assess, correct, report, reviseTarget, setTarget } from './indicator.reporting';
import { evolveIndicator, initialIndicatorState, type IndicatorState } from './indicator.state';

function decideIndicator(c: IndicatorCommand, s: IndicatorState, context: CommandContext): IndicatorEvent[] {
  checkBusinessDate(context);
  switch (c.type) {
    case 'DefineIndicator':
      return define(c, s, context);
    case 'ReviseIndicator':
      return revise(c, s, context);
    case 'RetireIndicator':
      return retire(c.data.indicatorId, c.data.effectiveDate, s, context);
    case 'SetTarget':
      return setTarget(c, s, context);
    case 'ReviseTarget':
      return reviseTarget(c, s, context);
    case 'AssignIndicator':
    case 'ReassignIndicator':
      return assign(c, s, context);
    case 'ReportValue':
      return report(c, s, context);
    case 'CorrectValue':
      return correct(c, s, context);
    case 'AssessIndicator':
      return assess(c, s, context);
    default:
      return assertNever(c);
  }
}

/** One indicator's stream `indicator-{programId}.{code}`: definition, targets, assignments, reports. */
export const indicatorDecider: Decider<IndicatorCommand, IndicatorEvent, IndicatorState> = {
  initialState: initialIndicatorState,
  evolve: evolveIndicator,
  decide: (c, s, ctx) => decideSafely(() => decideIndicator(c, s, ctx)),
};
