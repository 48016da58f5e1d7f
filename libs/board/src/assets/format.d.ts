/** Types of format.js (a classic browser script that Node can also require, for its tests). */
export type Lang = 'vi' | 'en';
export function formatNumber(value: unknown, lang?: Lang, maxDecimals?: number): string;
export function formatPercent(value: unknown, lang?: Lang): string;
export function formatDate(isoDate: unknown): string;
export function formatInstant(iso: string): string;
export function formatPeriod(key: unknown, lang?: Lang): string;
export function daysBetween(a: string, b: string): number;
export function hanoiToday(now?: number): string;
