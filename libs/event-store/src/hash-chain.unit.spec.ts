import { canonicalJson } from './canonical-json';
import { chainHash, canonicalEventText } from './hash-chain';

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 'Hà Nội' }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":"Hà Nội","z":1}]},"b":1}',
    );
  });
  it('is stable through a parse round trip', () => {
    const v = { x: 1e21, y: 0.1, z: -0, s: 'tab\there "q" \u0001', n: null };
    expect(canonicalJson(JSON.parse(canonicalJson(v)))).toBe(canonicalJson(v));
  });
  it('refuses non-finite numbers', () => {
    expect(() => canonicalJson({ v: NaN })).toThrow(/Non-finite/);
  });
});

describe('chainHash', () => {
  const e = { streamId: 's-1', version: 1, eventId: 'e1', type: 'T', data: { v: 1 }, metadata: { actor: 'a' }, recordedAt: new Date('2023-08-02T01:02:03.004Z') };
  it('hashes the documented canonical text', () => {
    expect(canonicalEventText(e)).toBe('["s-1",1,"e1","T",{"v":1},{"actor":"a"},"2023-08-02T01:02:03.004Z"]');
  });
  it('links to the previous hash: changing the predecessor changes the hash', () => {
    const first = chainHash(null, e);
    const second = chainHash(first, { ...e, version: 2, eventId: 'e2' });
    expect(second).not.toBe(chainHash('00'.repeat(32), { ...e, version: 2, eventId: 'e2' }));
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });
});
