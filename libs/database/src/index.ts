export * from './sql-pool';
export * from './errors';
export * from './create-database';
export * from './migrations';
export { PglitePool, PgliteClient } from './pglite/pglite-pool';
