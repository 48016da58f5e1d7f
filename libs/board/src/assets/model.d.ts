/** Types of model.js (a classic browser script that Node can also require, for its tests). */
/* eslint-disable @typescript-eslint/no-explicit-any -- the module reads the query API's JSON as it comes */
export const DUE_SOON_DAYS: number;
export const STATUSES: string[];
export interface BoardTask {
  directiveId: string;
  directiveLabel: string;
  taskId: string;
  titleVi: string;
  titleEn: string;
  lead: string | null;
  dueDate: string | null;
  status: string;
  overdueFlag: boolean;
}
export interface UrgentGroup {
  key: string;
  overdue: BoardTask[];
  dueSoon: BoardTask[];
}
export function itemsOf(body: unknown): any[];
export function nextCursorOf(body: unknown): string | null;
export function latestValue(ind: any): any;
export function statusMatches(status: string | null | undefined, wanted: string | null | undefined): boolean;
export function filterIndicators(indicators: any[], filters: { group?: string; unit?: string; status?: string }): any[];
export function tasksOf(directives: any[]): BoardTask[];
export function taskUrgency(task: BoardTask, asOf: string, daysBetween: (a: string, b: string) => number): 'overdue' | 'due_soon' | null;
export function groupUrgent(tasks: BoardTask[], asOf: string, daysBetween: (a: string, b: string) => number, keyOf: (t: BoardTask) => string | null): UrgentGroup[];
export function distinct<T>(values: T[]): T[];
export function headPositionOf(health: unknown): string | null;
