/**
 * JSON bodies of 'as known now' answers, serialised once per answer and request variant.
 * The answer object stays the same (LatestAnswerCache) until a projection moves, so it keys a
 * WeakMap and its bodies go with it. Only `knownAt`, the request's own time, changes between
 * requests: it is spliced into the kept text. Serialising the indicator list (28 KB) was a
 * tenth of a cached query's CPU (docs/PERFORMANCE.md).
 */
const MARK = '\u0000knownAt\u0000';
const MARK_JSON = JSON.stringify(MARK);
const MAX_VARIANTS = 200;

export class SerializedBodies {
  private readonly bodies = new WeakMap<object, Map<string, readonly [string, string]>>();

  /** The JSON text of build(knownAt); `answer` is the object the body derives from. */
  text(answer: object, variant: string, knownAt: string, build: (knownAt: string) => object): string {
    let variants = this.bodies.get(answer);
    if (!variants) this.bodies.set(answer, (variants = new Map()));
    let parts = variants.get(variant);
    if (!parts) {
      const text = JSON.stringify(build(MARK));
      const at = text.indexOf(MARK_JSON);
      if (at < 0 || text.indexOf(MARK_JSON, at + 1) >= 0) return JSON.stringify(build(knownAt)); // no single knownAt: nothing to splice
      parts = [text.slice(0, at), text.slice(at + MARK_JSON.length)] as const;
      if (variants.size < MAX_VARIANTS) variants.set(variant, parts);
    }
    return parts[0] + JSON.stringify(knownAt) + parts[1];
  }
}

export const JSON_TYPE = 'application/json; charset=utf-8';
