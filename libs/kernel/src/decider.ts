import type { CommandContext } from './metadata';
import type { Result, DomainError } from './domain-error';

/** An event as a decider sees it: a stored type name and its data, no envelope. */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

/**
 * A write model as plain functions (after Emmett): the clock, the actor and the ids come in with
 * the command context, so deciding again tomorrow gives the same answer.
 */
export interface Decider<C, E extends DomainEvent, S> {
  initialState(): S;
  evolve(state: S, event: E): S;
  decide(command: C, state: S, context: CommandContext): Result<E[], DomainError>;
}

export const fold = <E extends DomainEvent, S>(d: Pick<Decider<unknown, E, S>, 'initialState' | 'evolve'>, events: readonly E[]): S =>
  events.reduce(d.evolve, d.initialState());
