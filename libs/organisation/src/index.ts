export * from './domain/unit.events';
