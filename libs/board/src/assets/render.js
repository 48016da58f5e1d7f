/*
 * Draws the board's sections from the data the page loaded. Every function takes the view
 * (language, dates, filters) and the data, and replaces the content of its own section.
 */
(function (root) {
  'use strict';
  var h = root.BoardDom.h, replace = root.BoardDom.replace;
  var F = root.BoardFormat, M = root.BoardModel, I = root.BoardI18n, C = root.BoardCharts;

  function ctx(view) {
    var lang = view.lang;
    return {
      lang: lang,
      t: function (key, vars) { return I.t(key, lang, vars); },
      num: function (v) { return F.formatNumber(v, lang); },
      pct: function (v) { return F.formatPercent(v, lang); },
    };
  }

  function statusBadge(c, status, noneKey) {
    var key = status ? 'status.' + (status === 'met' ? 'metOne' : status) : noneKey || 'status.none';
    return h('span', { class: 'badge badge-' + (status || 'none') }, c.t(key));
  }

  function summary(view, data) {
    var c = ctx(view), s = data.summary;
    var count = s.indicatorCount, term = s.term || {}, annual = s.annual || {};
    var year = annual.year || String(view.asOf).slice(0, 4);
    var other = Math.max(count - (annual.met || 0) - (annual.striving || 0) - (annual.difficult || 0), 0);
    replace(document.getElementById('term-heading'), c.t('summary.term', { start: view.termStart, end: view.termEnd }));
    replace(document.getElementById('term-met'), (term.met || 0) + '/' + count);
    replace(document.getElementById('annual-heading'), c.t('summary.annual', { year: year }));
    replace(document.getElementById('annual-met'), c.num(annual.met || 0));
    replace(document.getElementById('annual-striving'), c.num(annual.striving || 0));
    replace(document.getElementById('annual-difficult'), c.num(annual.difficult || 0));
    replace(document.getElementById('annual-other'), c.num(other));
    var title = c.t('summary.chart', { termMet: term.met || 0, count: count, year: year, met: annual.met || 0, striving: annual.striving || 0, difficult: annual.difficult || 0 });
    replace(document.getElementById('summary-chart'), C.stackedBars([
      { label: c.t('summary.chartTerm'), total: count, parts: [
        { key: 'met', value: term.met || 0, label: c.t('status.met') },
        { key: 'none', value: count - (term.met || 0), label: c.t('status.notMet') }] },
      { label: c.t('summary.chartYear', { year: year }), total: count, parts: [
        { key: 'met', value: annual.met || 0, label: c.t('status.met') },
        { key: 'striving', value: annual.striving || 0, label: c.t('status.striving') },
        { key: 'difficult', value: annual.difficult || 0, label: c.t('status.difficult') },
        { key: 'none', value: other, label: c.t('status.none') }] },
    ], title));
    var meetings = s.reviewMeetings || [];
    replace(document.getElementById('meetings'), meetings.length ? [h('h3', {}, c.t('summary.meetings')), h('ul', {}, meetings.map(function (m) {
      return h('li', {}, [h('time', { datetime: m.date }, F.formatDate(m.date)), ' — ', I.pick(m, 'title', c.lang)]);
    }))] : []);
  }

  function options(select, items, selected, allText) {
    replace(select, [h('option', { value: '' }, allText)].concat(items.map(function (it) {
      return h('option', { value: it.value, selected: it.value === selected }, it.text);
    })));
  }

  function filters(view, data) {
    var c = ctx(view);
    var groups = M.distinct(data.indicators.map(function (i) { return i.group; }));
    var groupNames = {};
    (data.summary && data.summary.byGroup || []).forEach(function (g) { groupNames[g.key] = I.pick(g, 'name', c.lang); });
    options(document.getElementById('filter-group'), groups.map(function (g) { return { value: g, text: groupNames[g] || g }; }), view.group, c.t('filters.all'));
    var units = M.distinct(data.indicators.map(function (i) { return i.lead; }));
    options(document.getElementById('filter-unit'), units.map(function (u) { return { value: u, text: unitName(data, u, c.lang) }; }), view.unit, c.t('filters.all'));
    var statuses = ['met', 'on_track', 'striving', 'difficult', 'none'];
    options(document.getElementById('filter-status'), statuses.map(function (s) { return { value: s, text: c.t('status.' + s) }; }), view.status, c.t('filters.all'));
    replace(document.getElementById('filter-status-label'), c.t('filters.status', { year: data.year }));
  }

  function unitName(data, code, lang) {
    if (!code) return '—';
    var u = data.units[code];
    return u ? I.pick(u, 'name', lang) || code : code;
  }

  root.BoardRender = { ctx: ctx, statusBadge: statusBadge, summary: summary, filters: filters, unitName: unitName };
})(self);
