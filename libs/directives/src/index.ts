export * from './domain/directive.events';
export * from './domain/document.events';
