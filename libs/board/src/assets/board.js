/*
 * The board's controller: reads the view from the URL (so a view can be shared as a link),
 * loads the figures, draws them, and reloads when the event log moves.
 */
(function (root) {
  'use strict';
  var F = root.BoardFormat, M = root.BoardModel, I = root.BoardI18n, A = root.BoardApi, R = root.BoardRender;
  var URL_KEYS = ['asOf', 'knownAt', 'lang', 'group', 'unit', 'status'];
  var view = { lang: 'vi', termStart: 2021, termEnd: 2025 };
  var settings = { programId: 'hn-08-2021', refreshSeconds: 5 };
  var data = null, loading = false, failed = false, lastHead = null;
  var $ = function (id) { return document.getElementById(id); };

  function readUrl() {
    var q = new URLSearchParams(root.location.search);
    URL_KEYS.forEach(function (k) { view[k] = q.get(k) || ''; });
    view.lang = view.lang === 'en' ? 'en' : 'vi';
    view.programId = q.get('program') || settings.programId;
    var refresh = Number(q.get('refresh'));
    view.refreshSeconds = refresh >= 1 ? refresh : settings.refreshSeconds;
    view.effectiveAsOf = view.asOf || F.hanoiToday();
  }

  function writeUrl(push) {
    var q = new URLSearchParams(root.location.search);
    URL_KEYS.forEach(function (k) { if (view[k] && !(k === 'lang' && view[k] === 'vi')) q.set(k, view[k]); else q.delete(k); });
    var url = root.location.pathname + (q.toString() ? '?' + q.toString() : '');
    root.history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  function say(key, vars) {
    var c = R.ctx(view);
    $('status-line').textContent = c.t(key, vars);
  }

  /** Static words carry data-i18n; the rest is drawn in the chosen language. */
  function applyLanguage() {
    document.documentElement.lang = view.lang;
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (el) {
      el.textContent = I.t(el.getAttribute('data-i18n'), view.lang);
    });
    $('lang-toggle').setAttribute('lang', view.lang === 'vi' ? 'en' : 'vi');
    var title = data && data.summary ? I.pick(data.summary, 'title', view.lang) : '';
    $('program-title').textContent = title || I.t('program.default', view.lang);
    $('program-sub').hidden = !!title && title.length > 40;
    document.title = I.t('doc.title', view.lang, { program: title || I.t('program.default', view.lang) });
  }

  function draw() {
    applyLanguage();
    $('asOf').value = view.asOf || view.effectiveAsOf;
    $('knownAt').value = view.knownAt ? toLocalInput(view.knownAt) : '';
    if (!data) return;
    var effective = Object.assign({}, view, { asOf: view.effectiveAsOf });
    R.summary(effective, data);
    R.filters(effective, data);
    root.BoardTable.render(effective, data);
    root.BoardTasks.render(effective, data);
    var c = R.ctx(view);
    $('viewing').textContent = view.knownAt
      ? c.t('time.viewingKnown', { asOf: F.formatDate(view.effectiveAsOf), knownAt: F.formatInstant(view.knownAt) })
      : c.t('time.viewing', { asOf: F.formatDate(view.effectiveAsOf) });
  }

  /** datetime-local shows the browser's local time; the URL keeps an ISO instant. */
  function toLocalInput(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 19);
  }

  function load(minPosition) {
    if (loading) return Promise.resolve();
    loading = true;
    say('status.loading');
    var time = { asOf: view.asOf, knownAt: view.knownAt, minPosition: minPosition };
    var base = '/api/v1';
    var p = encodeURIComponent(view.programId);
    var optional = function (promise) { return promise.catch(function (err) { if (err.status === 401) throw err; return null; }); };
    return Promise.all([
      A.get(base + '/programs/' + p + '/summary', time),
      A.list(base + '/programs/' + p + '/indicators', time),
      optional(A.list(base + '/directives', Object.assign({ program: view.programId }, time))),
      optional(A.list(base + '/units', { asOf: view.asOf, knownAt: view.knownAt })),
    ]).then(function (r) {
      var units = {};
      (r[3] || []).forEach(function (u) { units[u.code] = u; });
      view.effectiveAsOf = view.asOf || r[0].asOf || F.hanoiToday();
      data = { summary: r[0], indicators: r[1], tasks: r[2] ? M.tasksOf(r[2]) : null, units: units, year: (r[0].annual || {}).year };
      $('token-panel').hidden = true;
      $('board').hidden = false;
      draw();
      var now = F.formatInstant(new Date().toISOString());
      say('status.updated', { time: now });
      $('live-note').textContent = I.t(view.knownAt ? 'status.pinned' : 'status.live', view.lang);
      failed = false;
    }).catch(function (err) {
      failed = true;
      if (err && err.status === 401) return askForToken(A.token() ? 'token.refused' : null);
      say('status.error', { message: err && err.message ? err.message : String(err) });
    }).then(function () { loading = false; });
  }

  function askForToken(problemKey) {
    $('board').hidden = true;
    $('token-panel').hidden = false;
    $('token-error').textContent = problemKey ? I.t(problemKey, view.lang) : '';
    say('token.heading');
    $('token-input').focus();
  }

  /**
   * Polls the cheap health answer; when the head of the log moves, reloads, asking the read side
   * to wait until it has projected that far. A load that failed (read side catching up, server
   * restarting) is retried on the next tick; a token refused is not (the person must act).
   */
  function poll() {
    var next = function () { root.setTimeout(poll, view.refreshSeconds * 1000); };
    if (document.hidden || loading || !$('token-panel').hidden) return next();
    A.get('/api/health', {}, { anonymous: true }).catch(function (err) { return err.problem; }).then(function (health) {
      var head = M.headPositionOf(health);
      var moved = head !== null && lastHead !== null && head !== lastHead;
      if (head !== null) lastHead = head;
      return (moved && !view.knownAt) || failed ? load(head || undefined) : null;
    }).then(next, next);
  }

  root.BoardMain = { view: view, load: load, draw: draw, writeUrl: writeUrl, readUrl: readUrl, askForToken: askForToken,
    setLastHead: function (h) { lastHead = h; }, settings: settings, poll: poll };
})(self);
