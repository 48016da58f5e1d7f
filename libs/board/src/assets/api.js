/*
 * Calls to the query API: the bearer token when one is kept, every page of a list, and errors
 * as values the page can explain (401 -> ask for a token; 503 -> the read side is catching up).
 */
(function (root) {
  'use strict';
  var TOKEN_KEY = 'chitieu.board.token';
  var MAX_PAGES = 50;

  function ApiError(status, problem) {
    this.status = status;
    this.problem = problem || {};
    this.message = (problem && (problem.detail || problem.title)) || 'HTTP ' + status;
  }

  function token() {
    try { return root.sessionStorage.getItem(TOKEN_KEY); } catch (e) { return null; }
  }
  function setToken(value) {
    try {
      if (value) root.sessionStorage.setItem(TOKEN_KEY, value);
      else root.sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) { /* storage disabled: the token lives only until the next reload */ }
  }

  function query(params) {
    var parts = [];
    Object.keys(params || {}).forEach(function (k) {
      if (params[k] !== null && params[k] !== undefined && params[k] !== '') parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(params[k]));
    });
    return parts.length ? '?' + parts.join('&') : '';
  }

  function get(path, params, options) {
    var headers = { accept: 'application/json' };
    var kept = token();
    if (kept && !(options && options.anonymous)) headers.authorization = 'Bearer ' + kept;
    return fetch(path + query(params), { headers: headers, cache: 'no-store' }).then(function (res) {
      return res.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        if (!res.ok) throw new ApiError(res.status, body);
        return body;
      });
    });
  }

  /** Follows nextCursor until the list ends (bounded, in case a server keeps answering). */
  function list(path, params) {
    var model = root.BoardModel;
    var all = [];
    function page(cursor, n) {
      var p = Object.assign({}, params, cursor ? { cursor: cursor } : {});
      return get(path, p).then(function (body) {
        all = all.concat(model.itemsOf(body));
        var next = model.nextCursorOf(body);
        return next && n < MAX_PAGES ? page(next, n + 1) : all;
      });
    }
    return page(null, 1);
  }

  root.BoardApi = { ApiError: ApiError, get: get, list: list, token: token, setToken: setToken };
})(self);
