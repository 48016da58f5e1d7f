import type { Figure } from './stats';
import { figureOf, format } from './stats';

/**
 * at_least: ratio ≥ value; at_most: ratio ≤ value; value_at_most: the chitieu figure itself ≤
 * value; context: no goal, shown for comparison only.
 */
export interface Goal {
  readonly kind: 'at_least' | 'at_most' | 'value_at_most' | 'context';
  readonly value: number;
  readonly text: string;
}

export interface ResultRow {
  readonly scenario: string;
  readonly unit: string;
  readonly chitieu: Figure;
  readonly baselineName: string | null;
  readonly baseline: Figure | null;
  /** Per-run ratios chitieu / baseline (run i against run i of the same session). */
  readonly ratio: Figure | null;
  readonly goal: Goal;
  /** null for a context row. */
  readonly met: boolean | null;
  /** How far from the goal, as a signed fraction of it (+ is better than the goal). */
  readonly margin: number;
  readonly note?: string;
}

export function row(scenario: string, unit: string, chitieu: Figure, baseline: { name: string; figure: Figure } | null, goal: Goal, note?: string): ResultRow {
  const ratio = baseline ? figureOf(chitieu.runs.map((v, i) => v / baseline.figure.runs[i % baseline.figure.runs.length])) : null;
  const measured = goal.kind === 'value_at_most' ? chitieu.median : ratio?.median ?? NaN;
  const atLeast = goal.kind === 'at_least' || goal.kind === 'context';
  const met = goal.kind === 'context' ? null : atLeast ? measured >= goal.value : measured <= goal.value;
  const margin = atLeast ? measured / goal.value - 1 : goal.value / measured - 1;
  return { scenario, unit, chitieu, baselineName: baseline?.name ?? null, baseline: baseline?.figure ?? null, ratio, goal, met, margin, note };
}

const metText = (r: ResultRow, no = 'NO') => (r.met === null ? '—' : r.met ? 'yes' : `${no} (${(r.margin * 100).toFixed(0)}%)`);
const cell = (f: Figure | null) => (f ? `${format(f.median)} (${format(f.min)}–${format(f.max)})` : '—');

/** The one table the issue asks for, as plain text. */
export function tableText(rows: readonly ResultRow[]): string {
  const header = ['scenario', 'unit', 'chitieu median (min–max)', 'baseline', 'baseline median (min–max)', 'ratio', 'goal', 'met'];
  const lines = rows.map((r) => [
    r.scenario, r.unit, cell(r.chitieu), r.baselineName ?? '—', cell(r.baseline),
    r.ratio ? `${r.ratio.median.toFixed(2)} (${r.ratio.min.toFixed(2)}–${r.ratio.max.toFixed(2)})` : '—',
    r.goal.text, metText(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(fmt)].join('\n');
}

/** The same table as Markdown, for docs/PERFORMANCE.md. */
export function tableMarkdown(rows: readonly ResultRow[]): string {
  const head = '| scenario | chitieu | baseline | ratio | goal | met |\n|---|---|---|---|---|---|';
  const lines = rows.map((r) => {
    const base = r.baseline ? `${r.baselineName}: ${cell(r.baseline)}` : '—';
    const ratio = r.ratio ? `${r.ratio.median.toFixed(2)} (${r.ratio.min.toFixed(2)}–${r.ratio.max.toFixed(2)})` : '—';
    return `| ${r.scenario} | ${cell(r.chitieu)} ${r.unit} | ${base} | ${ratio} | ${r.goal.text} | ${metText(r, '**no**')} |`;
  });
  return [head, ...lines].join('\n');
}
