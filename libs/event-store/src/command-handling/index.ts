export * from './handle-command';
export * from './load-state';
export * from './normalise-context';
