export * from './domain/program.events';
export * from './domain/indicator.events';
export * from './domain/progress';
