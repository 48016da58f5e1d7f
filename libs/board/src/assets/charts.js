/*
 * Inline SVG charts drawn from the figures already on the page: a stacked bar per horizon for
 * the summary, and bars per reporting period for an indicator's trend. Each chart is an image
 * with a text alternative; the same figures are always also in a table or in text beside it.
 */
(function (root) {
  'use strict';
  var svg = root.BoardDom.svg;
  var COLORS = { met: '#1b6e35', on_track: '#0b6e75', striving: '#8a5300', difficult: '#a4241b', none: '#6b7280' };

  /** rows: [{ label, total, parts: [{ key, value, label }] }] */
  function stackedBars(rows, title) {
    var width = 640, barH = 28, gap = 22, left = 110, right = 60;
    var height = rows.length * (barH + gap) + 10;
    var inner = width - left - right;
    var children = [svg('title', {}, title)];
    rows.forEach(function (row, i) {
      var y = 8 + i * (barH + gap);
      var x = left;
      children.push(svg('text', { x: left - 8, y: y + barH / 2 + 5, 'text-anchor': 'end', class: 'chart-label' }, row.label));
      row.parts.forEach(function (part) {
        if (!part.value) return;
        var w = row.total > 0 ? (part.value / row.total) * inner : 0;
        children.push(svg('rect', { x: x, y: y, width: w, height: barH, fill: COLORS[part.key] || COLORS.none }, svg('title', {}, part.label + ': ' + part.value)));
        if (w > 22) children.push(svg('text', { x: x + w / 2, y: y + barH / 2 + 5, 'text-anchor': 'middle', class: 'chart-in' }, String(part.value)));
        x += w;
      });
      children.push(svg('text', { x: width - right + 8, y: y + barH / 2 + 5, class: 'chart-label' }, row.total ? row.parts[0].value + '/' + row.total : '0'));
    });
    return svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': title, class: 'chart chart-summary', focusable: 'false' }, children);
  }

  /** points: [{ label, value, text }]; target: { value, text } or null */
  function trendBars(points, target, title) {
    var width = 560, height = 200, left = 16, right = 16, top = 24, bottom = 44;
    var values = points.map(function (p) { return p.value; }).concat(target ? [target.value] : []);
    var max = Math.max.apply(null, values.concat([0])) || 1;
    var inner = width - left - right;
    var slot = inner / Math.max(points.length, 1);
    var barW = Math.min(56, slot * 0.6);
    var scale = function (v) { return top + (height - top - bottom) * (1 - v / max); };
    var children = [svg('title', {}, title)];
    points.forEach(function (p, i) {
      var x = left + slot * i + (slot - barW) / 2;
      var y = scale(Math.max(p.value, 0));
      children.push(svg('rect', { x: x, y: y, width: barW, height: height - bottom - y, fill: COLORS.on_track }, svg('title', {}, p.label + ': ' + p.text)));
      children.push(svg('text', { x: x + barW / 2, y: y - 6, 'text-anchor': 'middle', class: 'chart-small' }, p.text));
      children.push(svg('text', { x: x + barW / 2, y: height - bottom + 16, 'text-anchor': 'middle', class: 'chart-small' }, p.label));
    });
    if (target) {
      var ty = scale(target.value);
      children.push(svg('line', { x1: left, x2: width - right, y1: ty, y2: ty, stroke: COLORS.difficult, 'stroke-dasharray': '6 4', 'stroke-width': 2 }));
      children.push(svg('text', { x: width - right, y: ty - 6, 'text-anchor': 'end', class: 'chart-small chart-target' }, target.text));
    }
    return svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': title, class: 'chart chart-trend', focusable: 'false' }, children);
  }

  root.BoardCharts = { COLORS: COLORS, stackedBars: stackedBars, trendBars: trendBars };
})(self);
