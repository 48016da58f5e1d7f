/*
 * Tasks overdue and due soon as of the chosen date, twice: under the directive that set them,
 * and per unit, so a leader sees both which decision slips and who is behind.
 */
(function (root) {
  'use strict';
  var h = root.BoardDom.h, replace = root.BoardDom.replace;
  var F = root.BoardFormat, M = root.BoardModel, R = root.BoardRender;

  function taskTitle(c, t) {
    return c.lang === 'en' ? t.titleEn || t.titleVi : t.titleVi || t.titleEn;
  }

  function urgencyBadge(c, kind) {
    return h('span', { class: 'badge ' + (kind === 'overdue' ? 'badge-difficult' : 'badge-striving') }, c.t(kind === 'overdue' ? 'tasks.overdue' : 'tasks.dueSoon'));
  }

  function byDirective(c, groups, data) {
    var rows = [];
    groups.forEach(function (g) {
      [['overdue', g.overdue], ['due_soon', g.dueSoon]].forEach(function (pair) {
        pair[1].forEach(function (t) {
          rows.push(h('tr', {}, [h('th', { scope: 'row' }, g.key), h('td', {}, taskTitle(c, t)), h('td', {}, R.unitName(data, t.lead, c.lang)),
            h('td', {}, h('time', { datetime: t.dueDate }, F.formatDate(t.dueDate))), h('td', {}, urgencyBadge(c, pair[0]))]));
        });
      });
    });
    return h('table', { id: 'tasks-by-directive' }, [h('caption', {}, c.t('tasks.byDirective')),
      h('thead', {}, h('tr', {}, ['tasks.col.directive', 'tasks.col.task', 'tasks.col.unit', 'tasks.col.due', 'tasks.col.state'].map(function (k) { return h('th', { scope: 'col' }, c.t(k)); }))),
      h('tbody', {}, rows)]);
  }

  function byUnit(c, groups, data) {
    return h('table', { id: 'tasks-by-unit' }, [h('caption', {}, c.t('tasks.byUnit')),
      h('thead', {}, h('tr', {}, ['tasks.col.unit', 'tasks.col.overdue', 'tasks.col.dueSoon', 'tasks.col.list'].map(function (k) { return h('th', { scope: 'col' }, c.t(k)); }))),
      h('tbody', {}, groups.map(function (g) {
        var titles = g.overdue.concat(g.dueSoon).map(function (t) { return h('li', {}, [taskTitle(c, t), ' (', F.formatDate(t.dueDate), ')']); });
        return h('tr', {}, [h('th', { scope: 'row' }, R.unitName(data, g.key, c.lang)), h('td', { class: 'num' }, String(g.overdue.length)),
          h('td', { class: 'num' }, String(g.dueSoon.length)), h('td', {}, h('ul', { class: 'plain' }, titles))]);
      }))]);
  }

  function render(view, data) {
    var c = R.ctx(view);
    var target = document.getElementById('tasks-body');
    replace(document.getElementById('tasks-explain'), c.t('tasks.explain', { days: M.DUE_SOON_DAYS, asOf: F.formatDate(view.asOf) }));
    if (!data.tasks) return replace(target, h('p', {}, c.t('tasks.unavailable')));
    var tasks = view.unit ? data.tasks.filter(function (t) { return t.lead === view.unit; }) : data.tasks;
    var perDirective = M.groupUrgent(tasks, view.asOf, F.daysBetween, function (t) { return t.directiveLabel; });
    var perUnit = M.groupUrgent(tasks, view.asOf, F.daysBetween, function (t) { return t.lead; });
    if (!perUnit.length) return replace(target, h('p', {}, c.t('tasks.none')));
    replace(target, [byDirective(c, perDirective, data), byUnit(c, perUnit, data)]);
  }

  root.BoardTasks = { render: render };
})(self);
