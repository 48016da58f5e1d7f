import type * as PgliteModule from '@electric-sql/pglite';

/**
 * PGlite loads its parts with dynamic import(). Under jest's VM sandbox that fails unless Node
 * runs with --experimental-vm-modules, so the module is loaded through Node's own require (jest
 * replaces `node:module` but not `process.getBuiltinModule`); outside tests it is the same thing.
 * Errors PGlite throws may then come from another realm: code that inspects them must duck-type
 * (`code`, `message`), never rely on `instanceof Error`.
 */
export function loadPglite(): typeof PgliteModule {
  const nodeModule = process.getBuiltinModule('node:module');
  return nodeModule.createRequire(__filename)('@electric-sql/pglite') as typeof PgliteModule;
}
