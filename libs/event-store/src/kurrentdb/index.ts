export * from './kurrent-client';
export * from './kurrent-errors';
export * from './kurrent-filter';
export * from './kurrent-mapping';
export * from './kurrent-event-store';
export * from './kurrent-subscription';
