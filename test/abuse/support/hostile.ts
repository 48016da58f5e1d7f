import fc from 'fast-check';

/** Strings that have broken systems before: injections, odd Unicode, control characters, sizes. */
export const HOSTILE_STRINGS = [
  "'; DROP TABLE events; --", '" OR 1=1 --', "Q001' OR '1'='1", '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '${7*7}', '{{7*7}}', '../../../etc/passwd', '%00', '\u0000', 'a\u0000b', '\ud800', '\udfff\ud800', '\uffff', '\ufeff',
  '\u202eevil', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǒ̘̠', '👨‍👩‍👧‍👦', 'Hoa\u0300n Kie\u0302\u0301m', ' ', '', '\t\n\r', 'x'.repeat(5000), 'é'.repeat(70_000),
  '\r\n\r\nX-Injected: 1', 'NaN', 'Infinity', '-0', '1e309', 'null', 'true', '[]', '{}', '__proto__', 'constructor', 'prototype',
  '{"$gt":""}', '2023-02-30', '2023-H3', 'cum:2023-13-01', '9999-12-31', '0000-01-01', 'p08.CT01', 'p08.', '.CT01',
] as const;

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

export const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31) - 1, 1e21, 0.1 + 0.2),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Nested `depth` levels: arrays or objects, to probe recursion limits. */
export const deepNest = fc.tuple(fc.integer({ min: 20, max: 3000 }), fc.boolean()).map(([depth, arrays]) => {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
});

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), hostileString, { maxKeys: 4 }),
  deepNest,
  fc.jsonValue({ maxDepth: 3 }),
);

/** Keys an object should never trip over. */
export const hostileKey = fc.oneof(
  fc.constantFrom('constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'value\u0000', 'reason', 'occurredAt', 'sourceDocument'),
  fc.string({ unit: 'binary', maxLength: 10 }),
);

/** Bodies that are not a JSON object, or not JSON at all, or that try prototype pollution. */
export const RAW_BODIES = [
  '', '{', '{"a":', 'NaN', '{"value": NaN}', '{"value": Infinity}', '[1,2,3]', '"just a string"', '42', 'null', 'true',
  '{"__proto__": {"role": "admin"}}', '{"constructor": {"prototype": {"role": "admin"}}}', '{"a": 1, "a": 2}',
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`, `{"value": ${'9'.repeat(400)}}`, '\u0000', '\ufeff{}', '{"value": 1}garbage',
] as const;

export const CONTENT_TYPES = ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'multipart/form-data; boundary=x', 'application/xml'] as const;

/** Header values fetch can send (Latin-1, no CR/LF): hostile but transmissible. */
export const headerValue = fc.oneof(
  fc.constantFrom('"3"', 'W/"3"', '"-1"', '"999999999999"', '*', '"3", "4"', '', ' ', '"abc"', "' OR 1=1 --", 'x'.repeat(300)),
  fc.string({ maxLength: 40 }).filter((s) => /^[\x20-\x7e\xa0-\xff]*$/.test(s)),
);
