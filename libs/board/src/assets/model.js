/*
 * What the board makes of the query API's answers, without touching the page: list envelopes,
 * the indicator rows, filters, and which tasks are overdue or due soon. Pure functions, loaded
 * as window.BoardModel in the browser and required by the unit tests.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.BoardModel = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  /** Tasks due within this many days of the "as of" date count as due soon. */
  var DUE_SOON_DAYS = 30;
  var CLOSED_TASK = { completed: true, cancelled: true };
  var STATUSES = ['exceeded', 'met', 'on_track', 'striving', 'difficult'];

  /** Lists come as a bare array or as { items, nextCursor } pages. */
  function itemsOf(body) {
    if (Array.isArray(body)) return body;
    if (body && Array.isArray(body.items)) return body.items;
    if (body && Array.isArray(body.data)) return body.data;
    return [];
  }

  function nextCursorOf(body) {
    if (!body || Array.isArray(body)) return null;
    return body.nextCursor || (body.page && body.page.nextCursor) || null;
  }

  /** The value shown as "latest": the one about the latest period. */
  function latestValue(ind) {
    var values = Array.isArray(ind.values) ? ind.values.slice() : [];
    values.sort(function (a, b) { return String(a.periodEnd || '').localeCompare(String(b.periodEnd || '')); });
    return values.length ? values[values.length - 1] : null;
  }

  /** "met" on the board counts exceeded too, as the summary does. */
  function statusMatches(status, wanted) {
    if (!wanted) return true;
    if (wanted === 'met') return status === 'met' || status === 'exceeded';
    if (wanted === 'none') return status === null || status === undefined;
    return status === wanted;
  }

  /** The lead or a coordinating unit matches the unit filter. */
  function involves(ind, unit) {
    return ind.lead === unit || (Array.isArray(ind.coordinating) && ind.coordinating.indexOf(unit) >= 0);
  }

  function filterIndicators(indicators, filters) {
    return indicators.filter(function (ind) {
      if (filters.group && ind.group !== filters.group) return false;
      if (filters.unit && !involves(ind, filters.unit)) return false;
      return statusMatches(ind.annual ? ind.annual.status : null, filters.status);
    });
  }

  /** The tracker lists tasks alone (with documentNumber); a directive may also carry its tasks. */
  function tasksOf(directives) {
    var out = [];
    directives.forEach(function (d) {
      var tasks = Array.isArray(d.tasks) ? d.tasks : d.taskId ? [d] : [];
      tasks.forEach(function (t) {
        out.push({
          directiveId: t.directiveId || d.directiveId || d.id,
          directiveLabel: directiveLabel(d),
          taskId: t.taskId || t.id,
          titleVi: t.titleVi || t.title || '',
          titleEn: t.titleEn || t.titleVi || t.title || '',
          lead: t.lead || t.unitCode || null,
          dueDate: t.dueDate || null,
          status: t.status || 'open',
          overdueFlag: t.overdue === true,
        });
      });
    });
    return out;
  }

  function directiveLabel(d) {
    var doc = d.document || {};
    return d.documentNumber || doc.number || d.directiveId || d.id || '';
  }

  /** overdue / due_soon / null for a task as of a date. */
  function taskUrgency(task, asOf, daysBetween) {
    if (CLOSED_TASK[task.status] || !task.dueDate) return null;
    if (task.overdueFlag || task.status === 'overdue' || task.dueDate < asOf) return 'overdue';
    return daysBetween(asOf, task.dueDate) <= DUE_SOON_DAYS ? 'due_soon' : null;
  }

  /** Urgent tasks grouped by a key (directive or unit), groups and tasks sorted by due date. */
  function groupUrgent(tasks, asOf, daysBetween, keyOf) {
    var groups = {};
    tasks.forEach(function (t) {
      var urgency = taskUrgency(t, asOf, daysBetween);
      if (!urgency) return;
      var key = keyOf(t) || '—';
      groups[key] = groups[key] || { key: key, overdue: [], dueSoon: [] };
      (urgency === 'overdue' ? groups[key].overdue : groups[key].dueSoon).push(t);
    });
    var byDue = function (a, b) { return String(a.dueDate).localeCompare(String(b.dueDate)); };
    return Object.keys(groups).map(function (k) {
      groups[k].overdue.sort(byDue);
      groups[k].dueSoon.sort(byDue);
      return groups[k];
    }).sort(function (a, b) { return b.overdue.length - a.overdue.length || a.key.localeCompare(b.key, 'vi'); });
  }

  /** Distinct values for a filter's options, in Vietnamese order. */
  function distinct(values) {
    var seen = {};
    return values.filter(function (v) {
      if (v === null || v === undefined || v === '' || seen[v]) return false;
      seen[v] = true;
      return true;
    }).sort(function (a, b) { return String(a).localeCompare(String(b), 'vi', { numeric: true }); });
  }

  /** The head of the event log in a /api/health answer: it moves whenever an event is recorded. */
  function headPositionOf(health) {
    var checks = (health && health.checks) || {};
    var names = Object.keys(checks);
    for (var i = 0; i < names.length; i++) {
      var c = checks[names[i]] || {};
      if (c.headPosition !== undefined && c.headPosition !== null) return String(c.headPosition);
    }
    return null;
  }

  return {
    DUE_SOON_DAYS: DUE_SOON_DAYS,
    STATUSES: STATUSES,
    itemsOf: itemsOf,
    nextCursorOf: nextCursorOf,
    latestValue: latestValue,
    statusMatches: statusMatches,
    filterIndicators: filterIndicators,
    tasksOf: tasksOf,
    taskUrgency: taskUrgency,
    groupUrgent: groupUrgent,
    distinct: distinct,
    headPositionOf: headPositionOf,
  };
});
