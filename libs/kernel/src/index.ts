export * from './metadata';
export * from './domain-error';
export * from './period';
export * from './decider';
export * from './ids';
export * from './vietnam';
