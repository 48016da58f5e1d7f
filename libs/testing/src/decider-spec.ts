import { fold, type CommandContext, type Decider, type DomainError, type DomainEvent } from '@chitieu/kernel';

/**
 * Given events, when a command, then events or an error (after Emmett's DeciderSpecification).
 * `then` compares the whole event list; `thenFails` the error's code, kind and field.
 */
export function deciderSpec<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, defaultContext: CommandContext) {
  return {
    given(events: readonly E[] = []) {
      return {
        when(command: C, context: Partial<CommandContext> = {}) {
          const ctx = { ...defaultContext, ...context };
          const run = () => decider.decide(command, fold(decider, events), ctx);
          return {
            then(expected: readonly E[]): void {
              const result = run();
              if (!result.ok) throw new Error(`Expected events but the decider failed: ${result.error.code} ${result.error.message}`);
              expect(result.value).toEqual(expected);
            },
            thenFails(expected: { code: string; kind?: DomainError['kind']; field?: string }): DomainError {
              const result = run();
              if (result.ok) throw new Error(`Expected ${expected.code} but the decider emitted ${JSON.stringify(result.value)}`);
              expect({ code: result.error.code, kind: result.error.kind, field: result.error.field }).toMatchObject(expected);
              return result.error;
            },
            /** The events, for assertions on part of them. */
            events(): E[] {
              const result = run();
              if (!result.ok) throw new Error(`Expected events but the decider failed: ${result.error.code} ${result.error.message}`);
              return result.value;
            },
          };
        },
      };
    },
  };
}

/** A context at a fixed date for tests; override what a case needs. */
export const testContext = (overrides: Partial<CommandContext> = {}): CommandContext => ({
  actor: 'test-user',
  role: 'secretariat',
  unit: 'SLDTBXH',
  today: '2023-08-02',
  occurredAt: '2023-08-02',
  reason: null,
  sourceDocument: null,
  correlationId: 'corr-1',
  causationId: null,
  ...overrides,
});
