export * from './write-side';
export * from './seed';
export { program08Scenario } from './program-08/scenario';
export type { SampleStep } from './program-08/context';
export { INDICATORS as PROGRAM_08_INDICATORS } from './program-08/indicators';
