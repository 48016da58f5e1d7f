/** Nest injection tokens of the read side. */
export const READ_STORE = Symbol('READ_STORE');
export const PROJECTOR = Symbol('PROJECTOR');
