/** Types of i18n.js (a classic browser script that Node can also require, for its tests). */
export const TEXT: { vi: Record<string, string>; en: Record<string, string> };
export function t(key: string, lang: 'vi' | 'en', vars?: Record<string, unknown>): string;
export function pick(obj: Record<string, unknown> | null | undefined, base: string, lang: 'vi' | 'en'): string;
