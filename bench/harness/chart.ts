import type { ResultRow } from './result';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Each scenario as a bar of "share of its goal" (1.0 = exactly the goal, longer is better),
 * so ratio goals, latency ceilings and the memory ceiling fit on one axis. Plain SVG, no tool.
 */
export function chartSvg(all: readonly ResultRow[], title: string): string {
  const rows = all.filter((r) => r.met !== null);
  const left = 330, barMax = 420, rowH = 26, top = 46;
  const scale = (share: number) => Math.max(2, (Math.min(share, 2) / 2) * barMax);
  const height = top + rows.length * rowH + 40;
  const goalX = left + barMax / 2;
  const bars = rows.map((r, i) => {
    const share = Math.max(0, r.margin + 1);
    const y = top + i * rowH;
    const shown = r.goal.kind === 'value_at_most' ? `${r.chitieu.median.toFixed(1)} ${r.unit}` : `ratio ${r.ratio?.median.toFixed(2) ?? '—'}`;
    return [
      `<text x="${left - 8}" y="${y + 16}" text-anchor="end">${esc(r.scenario)}</text>`,
      `<rect x="${left}" y="${y + 4}" width="${scale(share).toFixed(1)}" height="${rowH - 8}" fill="${r.met ? '#2e7d32' : '#c62828'}"/>`,
      `<text x="${(left + scale(share) + 6).toFixed(1)}" y="${y + 16}">${esc(`${shown} (goal ${r.goal.text})`)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${left + barMax + 330}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<text x="10" y="22" font-size="15" font-weight="bold">${esc(title)}</text>`,
    `<text x="${goalX}" y="${top - 6}" text-anchor="middle" fill="#555">goal</text>`,
    ...bars,
    `<line x1="${goalX}" y1="${top}" x2="${goalX}" y2="${top + rows.length * rowH}" stroke="#000" stroke-dasharray="4 3"/>`,
    `<text x="10" y="${height - 12}" fill="#555">Bar: share of the goal (capped at 2×); green met, red not met. Ratios are chitieu / baseline of the same run.</text>`,
    '</svg>',
  ].join('\n');
}
