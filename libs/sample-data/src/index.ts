export * from './write-side';
