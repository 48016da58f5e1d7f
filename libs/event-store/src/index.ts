export * from './event-store.port';
export * from './errors';
export * from './command-handling';
