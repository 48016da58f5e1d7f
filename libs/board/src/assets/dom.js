/*
 * The only way the board puts anything on the page: elements built node by node, every string
 * set as text. No innerHTML anywhere, so a name entered through the API as "<script>…" shows as
 * those characters and never runs (the Content-Security-Policy is the second wall).
 */
(function (root) {
  'use strict';
  var SVG_NS = 'http://www.w3.org/2000/svg';

  function append(el, children) {
    (Array.isArray(children) ? children : [children]).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      if (Array.isArray(c)) append(el, c);
      else el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
    });
    return el;
  }

  function setProps(el, props, isSvg) {
    Object.keys(props || {}).forEach(function (k) {
      var v = props[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'class') el.setAttribute('class', v);
      else if (k === 'text') el.textContent = String(v);
      else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'style' && typeof v === 'object') Object.keys(v).forEach(function (s) { el.style[s] = v[s]; });
      else if (!isSvg && (k === 'hidden' || k === 'selected' || k === 'value')) el[k] = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    });
  }

  /** h('td', { class: 'num' }, ['113.418']) */
  function h(tag, props, children) {
    var el = document.createElement(tag);
    setProps(el, props, false);
    return append(el, children);
  }

  function svg(tag, props, children) {
    var el = document.createElementNS(SVG_NS, tag);
    setProps(el, props, true);
    return append(el, children);
  }

  function replace(el, children) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return append(el, children);
  }

  root.BoardDom = { h: h, svg: svg, replace: replace, append: append };
})(self);
