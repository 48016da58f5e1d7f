/*
 * The indicator table: one row per indicator, and under it, on request, its trend across the
 * reporting periods (a chart and the same figures as a small table).
 */
(function (root) {
  'use strict';
  var h = root.BoardDom.h, replace = root.BoardDom.replace;
  var F = root.BoardFormat, M = root.BoardModel, I = root.BoardI18n, C = root.BoardCharts, R = root.BoardRender;
  var open = {};

  function latestCell(c, ind) {
    var v = M.latestValue(ind);
    if (!v) return h('td', { class: 'num' }, '—');
    return h('td', { class: 'num' }, [h('span', { class: 'value' }, c.num(v.value)), h('br'), h('small', {}, F.formatPeriod(v.period, c.lang))]);
  }

  function targetCell(c, ind) {
    var annual = ind.annual || {}, term = ind.term || {};
    return h('td', { class: 'num' }, [
      annual.target !== null && annual.target !== undefined ? h('div', {}, c.t('target.year', { year: annual.year, value: c.num(annual.target) })) : null,
      term.target !== null && term.target !== undefined ? h('div', {}, c.t('target.term', { value: c.num(term.target) })) : null,
      (annual.target === null || annual.target === undefined) && (term.target === null || term.target === undefined) ? '—' : null,
    ]);
  }

  function progressCell(c, ind) {
    var p = ind.annual ? ind.annual.progress : null;
    if (p === null || p === undefined) return h('td', {}, '—');
    var label = c.t('progress.of', { percent: c.pct(p), year: ind.annual.year });
    return h('td', { class: 'progress-cell' }, [
      h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { class: 'fill fill-' + (ind.annual.status || 'none'), style: { width: Math.max(0, Math.min(p, 100)) + '%' } })),
      h('span', { class: 'visually-hidden' }, label),
      h('span', { class: 'pct', 'aria-hidden': 'true' }, c.pct(p)),
    ]);
  }

  function statusCell(c, ind, field) {
    var pairs = [['horizon.year', ind.annual || {}], ['horizon.term', ind.term || {}]];
    return h('td', {}, pairs.map(function (pair) {
      var s = field === 'computed' ? pair[1].computed : pair[1].assessed && pair[1].assessed.status;
      var none = field === 'computed' ? 'status.notComputed' : 'status.none';
      var rationale = field === 'assessed' && pair[1].assessed ? pair[1].assessed.rationale : null;
      return h('div', { class: 'status-line', title: rationale || null }, [h('span', { class: 'horizon' }, c.t(pair[0], { year: (ind.annual || {}).year }) + ': '), R.statusBadge(c, s || null, none)]);
    }));
  }

  function qualityCell(c, ind) {
    var flags = ind.flags || [];
    if (!flags.length) return h('td', { class: 'quality-ok' }, c.t('quality.ok'));
    return h('td', { class: 'quality' }, h('ul', { class: 'flags' }, flags.map(function (f) {
      return h('li', { class: 'flag', title: f.message || null }, [h('span', { 'aria-hidden': 'true' }, '⚠ '), c.t('quality.' + f.kind), ' (', F.formatPeriod(f.period, c.lang), ')']);
    })));
  }

  function trendRow(c, ind, id) {
    var values = (ind.values || []).slice().sort(function (a, b) { return String(a.periodEnd).localeCompare(String(b.periodEnd)); });
    var title = c.t('trend.title', { code: ind.code });
    var term = ind.term && ind.term.target !== null && ind.term.target !== undefined ? { value: ind.term.target, text: c.t('trend.target', { value: c.num(ind.term.target) }) } : null;
    var body = values.length ? [
      C.trendBars(values.map(function (v) { return { label: F.formatPeriod(v.period, c.lang), value: v.value, text: c.num(v.value) }; }), term, title),
      h('table', { class: 'trend-table' }, [h('caption', {}, title), h('thead', {}, h('tr', {}, [h('th', { scope: 'col' }, c.t('trend.period')), h('th', { scope: 'col' }, c.t('trend.value'))])),
        h('tbody', {}, values.map(function (v) {
          return h('tr', {}, [h('th', { scope: 'row' }, F.formatPeriod(v.period, c.lang)), h('td', { class: 'num' }, [c.num(v.value), v.corrections ? ' — ' + c.t('trend.corrected', { value: c.num(v.originalValue) }) : null])]);
        }))]),
    ] : h('p', {}, c.t('trend.none'));
    return h('tr', { id: id, class: 'trend-row' }, h('td', { colspan: 10 }, body));
  }

  function row(c, ind, data) {
    var id = 'trend-' + String(ind.code).replace(/[^A-Za-z0-9_-]/g, '_');
    var isOpen = !!open[ind.id];
    var toggle = h('button', { type: 'button', class: 'trend-toggle secondary', 'aria-expanded': String(isOpen), 'aria-controls': id, 'data-indicator': ind.id,
      onclick: function () { open[ind.id] = !open[ind.id]; root.BoardTable.onToggle(); } }, c.t(isOpen ? 'trend.hide' : 'trend.show'));
    var name = I.pick(ind, 'name', c.lang);
    var tr = h('tr', { 'data-code': ind.code }, [
      h('th', { scope: 'row', class: 'code' }, ind.code),
      h('td', { class: 'name' }, [h('span', {}, name), ind.named === false ? h('small', { class: 'muted' }, ' *') : null, h('div', {}, toggle)]),
      h('td', {}, ind.unitOfMeasure || '—'),
      h('td', { class: 'lead' }, R.unitName(data, ind.lead, c.lang)),
      latestCell(c, ind), targetCell(c, ind), progressCell(c, ind),
      statusCell(c, ind, 'computed'), statusCell(c, ind, 'assessed'), qualityCell(c, ind),
    ]);
    return isOpen ? [tr, trendRow(c, ind, id)] : [tr];
  }

  function render(view, data) {
    var c = R.ctx(view);
    var shown = M.filterIndicators(data.indicators, view);
    replace(document.getElementById('indicators-caption'), c.t('indicators.caption', { asOf: F.formatDate(view.asOf) }));
    replace(document.getElementById('indicators-count'), c.t('indicators.shown', { shown: shown.length, total: data.indicators.length }));
    var rows = shown.map(function (ind) { return row(c, ind, data); });
    replace(document.getElementById('indicators-body'), rows.length ? rows : h('tr', {}, h('td', { colspan: 10 }, c.t('indicators.empty'))));
  }

  root.BoardTable = { render: render, onToggle: function () {} };
})(self);
