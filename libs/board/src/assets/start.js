/*
 * Wires the page: the time form, the filters, the language toggle and the token form, then the
 * first load and the live polling. Runs last, when every other board script has loaded.
 */
(function (root) {
  'use strict';
  var A = root.BoardApi, B = root.BoardMain, M = root.BoardModel;
  var $ = function (id) { return document.getElementById(id); };

  function onTimeSubmit(event) {
    event.preventDefault();
    B.view.asOf = $('asOf').value || '';
    var known = $('knownAt').value;
    B.view.knownAt = known ? new Date(known).toISOString() : '';
    B.writeUrl(true);
    void B.load();
  }

  function onToday() {
    B.view.asOf = '';
    B.view.knownAt = '';
    B.writeUrl(true);
    void B.load();
  }

  function onFilter() {
    B.view.group = $('filter-group').value;
    B.view.unit = $('filter-unit').value;
    B.view.status = $('filter-status').value;
    B.writeUrl(false);
    B.draw();
  }

  function onClearFilters() {
    B.view.group = B.view.unit = B.view.status = '';
    B.writeUrl(false);
    B.draw();
    $('filter-group').focus();
  }

  function onLanguage() {
    B.view.lang = B.view.lang === 'vi' ? 'en' : 'vi';
    B.writeUrl(false);
    B.draw();
  }

  function onToken(event) {
    event.preventDefault();
    A.setToken($('token-input').value.trim());
    $('token-input').value = '';
    void B.load();
  }

  function onSignOut() {
    A.setToken(null);
    B.askForToken(null);
  }

  function bind() {
    $('time-form').addEventListener('submit', onTimeSubmit);
    $('reset-time').addEventListener('click', onToday);
    ['filter-group', 'filter-unit', 'filter-status'].forEach(function (id) { $(id).addEventListener('change', onFilter); });
    $('clear-filters').addEventListener('click', onClearFilters);
    $('lang-toggle').addEventListener('click', onLanguage);
    $('token-form').addEventListener('submit', onToken);
    $('sign-out').addEventListener('click', onSignOut);
    root.BoardTable.onToggle = B.draw;
    root.addEventListener('popstate', function () { B.readUrl(); void B.load(); });
  }

  function start() {
    bind();
    A.get('/board/config.json', {}, { anonymous: true }).catch(function () { return {}; }).then(function (cfg) {
      if (cfg && cfg.programId) B.settings.programId = cfg.programId;
      if (cfg && cfg.refreshSeconds) B.settings.refreshSeconds = cfg.refreshSeconds;
      $('sign-out').hidden = !!(cfg && cfg.publicBoard);
      B.readUrl();
      B.draw();
      return A.get('/api/health', {}, { anonymous: true }).catch(function (err) { return err.problem; });
    }).then(function (health) {
      // The first load waits for what was recorded before the page opened (read-your-writes).
      var head = M.headPositionOf(health);
      B.setLastHead(head);
      return B.load(head || undefined);
    }).then(function () { B.poll(); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(self);
