/*
 * vi-VN and en formats for the board: numbers (113.418), percentages (70,01%), dates (06/06/2023)
 * and period keys (2023-H1). Written by hand rather than with Intl so the page shows the same
 * text in every browser and in the unit tests, whatever ICU data the runtime carries.
 * Loaded as a classic script (window.BoardFormat) and by Node (module.exports) for its tests.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.BoardFormat = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var SEPARATORS = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };
  /** Hanoi has kept UTC+7 with no daylight saving since 1975: a fixed offset is exact. */
  var HANOI_OFFSET_MS = 7 * 3600 * 1000;

  function sep(lang) {
    return SEPARATORS[lang] || SEPARATORS.vi;
  }

  /** 113418 -> "113.418"; 0.095 -> "0,095"; up to maxDecimals decimals, trailing zeros dropped. */
  function formatNumber(value, lang, maxDecimals) {
    if (typeof value !== 'number' || !isFinite(value)) return '—';
    var digits = maxDecimals === undefined ? 3 : maxDecimals;
    var fixed = Math.abs(value).toFixed(digits);
    var parts = fixed.split('.');
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, sep(lang).group);
    var frac = (parts[1] || '').replace(/0+$/, '');
    var negative = value < 0 && /[1-9]/.test(fixed);
    return (negative ? '-' : '') + whole + (frac ? sep(lang).decimal + frac : '');
  }

  /** 70.01 -> "70,01%" (the value is already in percent). */
  function formatPercent(value, lang) {
    if (typeof value !== 'number' || !isFinite(value)) return '—';
    return formatNumber(value, lang, 2) + '%';
  }

  /** "2023-06-06" -> "06/06/2023" in both languages (the day-first form the users read). */
  function formatDate(isoDate) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(isoDate || ''));
    return m ? m[3] + '/' + m[2] + '/' + m[1] : '—';
  }

  /** An instant shown in Hanoi time: "2023-08-02T03:04:00Z" -> "02/08/2023 10:04". */
  function formatInstant(iso) {
    var t = Date.parse(iso);
    if (isNaN(t)) return '—';
    var d = new Date(t + HANOI_OFFSET_MS).toISOString();
    return formatDate(d.slice(0, 10)) + ' ' + d.slice(11, 16);
  }

  var PERIOD_TEXT = {
    vi: { year: 'Năm {y}', H1: '6 tháng đầu năm {y}', H2: '6 tháng cuối năm {y}', quarter: 'Quý {q}/{y}', month: 'Tháng {m}/{y}', cum: 'Lũy kế đến {d}' },
    en: { year: 'Year {y}', H1: 'H1 {y}', H2: 'H2 {y}', quarter: 'Q{q} {y}', month: '{m}/{y}', cum: 'Cumulative to {d}' },
  };

  function fill(template, values) {
    return template.replace(/\{(\w)\}/g, function (_, k) { return values[k]; });
  }

  /** Period keys as the read side sends them: 2023, 2023-H1, 2023-Q2, 2023-05, cum:2023-06-30. */
  function formatPeriod(key, lang) {
    var t = PERIOD_TEXT[lang] || PERIOD_TEXT.vi;
    var s = String(key || '');
    var m;
    if ((m = /^(\d{4})$/.exec(s))) return fill(t.year, { y: m[1] });
    if ((m = /^(\d{4})-(H[12])$/.exec(s))) return fill(t[m[2]], { y: m[1] });
    if ((m = /^(\d{4})-Q([1-4])$/.exec(s))) return fill(t.quarter, { y: m[1], q: m[2] });
    if ((m = /^(\d{4})-(\d{2})$/.exec(s))) return fill(t.month, { y: m[1], m: m[2] });
    if ((m = /^cum:(\d{4}-\d{2}-\d{2})$/.exec(s))) return fill(t.cum, { d: formatDate(m[1]) });
    return s || '—';
  }

  /** Whole days from a to b (ISO dates), negative when b is earlier. */
  function daysBetween(a, b) {
    return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86400000);
  }

  /** Today's date in Hanoi, the business calendar of the program. */
  function hanoiToday(now) {
    return new Date((now === undefined ? Date.now() : now) + HANOI_OFFSET_MS).toISOString().slice(0, 10);
  }

  return {
    formatNumber: formatNumber,
    formatPercent: formatPercent,
    formatDate: formatDate,
    formatInstant: formatInstant,
    formatPeriod: formatPeriod,
    daysBetween: daysBetween,
    hanoiToday: hanoiToday,
  };
});
