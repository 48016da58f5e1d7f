// pg ships no types for its value preparation; the PGlite shim reuses it to serialise parameters as pg does.
declare module 'pg/lib/utils' {
  export function prepareValue(value: unknown): unknown;
}
