export * from './domain/directive.events';
export * from './domain/document.events';
export * from './http/directives-http.module';
