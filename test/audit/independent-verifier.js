#!/usr/bin/env node
// An independent check of an exported range, written from docs/AUDIT.md alone: plain JavaScript
// and node:crypto, nothing from the product. Usage:
//   node independent-verifier.js export.jsonl [chitieu-digest:v1:<upTo>:<count>:<root>]
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');

// Canonical JSON (docs/AUDIT.md, "Canonical serialisation").
function canonical(v) {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + canonical(v[k])).join(',') + '}';
}

const sha256 = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

// Event hash (docs/AUDIT.md, "Event hash").
function eventHash(e) {
  const text = canonical([e.streamId, e.version, e.eventId, e.type, e.data, e.metadata, e.recordedAt]);
  return sha256(e.prevHash ? Buffer.from(e.prevHash, 'hex') : Buffer.alloc(0), Buffer.from(text, 'utf8')).toString('hex');
}

// Digest (docs/AUDIT.md, "Digest"): RFC 6962 tree over leaves in position order.
function leaf(e) {
  const pos = Buffer.alloc(8);
  pos.writeBigUInt64BE(BigInt(e.position));
  return sha256(Buffer.from([0]), Buffer.from(e.hash, 'hex'), pos);
}
function treeRoot(leaves) {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha256(Buffer.from([1]), treeRoot(leaves.slice(0, k)), treeRoot(leaves.slice(k)));
}

function verify(lines, digestText) {
  const heads = new Map();
  let lastPosition = -1n;
  let anchored = 0;
  const events = lines.filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
  for (const [i, e] of events.entries()) {
    const at = `line ${i + 1} (stream ${e.streamId}, version ${e.version}, position ${e.position})`;
    if (BigInt(e.position) <= lastPosition) return `FAIL ${at}: positions do not increase`;
    lastPosition = BigInt(e.position);
    const head = heads.get(e.streamId);
    if (head && e.version !== head.version + 1) return `FAIL ${at}: expected version ${head.version + 1}`;
    if (head && e.prevHash !== head.hash) return `FAIL ${at}: prevHash does not link to the previous event of the stream`;
    if (!head && e.version === 1 && e.prevHash !== null) return `FAIL ${at}: a first event has no prevHash`;
    if (!head && e.version > 1) anchored += 1;
    if (eventHash(e) !== e.hash) return `FAIL ${at}: hash does not match the event's content`;
    heads.set(e.streamId, { version: e.version, hash: e.hash });
  }
  let result = `OK ${events.length} events in ${heads.size} streams (${anchored} streams start mid-stream, anchored on their stated prevHash)`;
  if (digestText) {
    const m = /^chitieu-digest:v1:(\d+):(\d+):([0-9a-f]{64})$/.exec(digestText.trim());
    if (!m) return 'FAIL the digest text is malformed';
    const covered = events.filter((e) => BigInt(e.position) <= BigInt(m[1]));
    if (covered.length !== Number(m[2])) return `FAIL the export holds ${covered.length} events up to position ${m[1]}, the digest covers ${m[2]}`;
    if (treeRoot(covered.map(leaf)).toString('hex') !== m[3]) return 'FAIL the Merkle root of the exported events is not the digest root';
    result += `; digest root matches ${covered.length} events`;
  }
  return result;
}

if (require.main === module) {
  const [file, digest] = process.argv.slice(2);
  const out = verify(readFileSync(file, 'utf8').split('\n'), digest);
  console.log(out);
  process.exit(out.startsWith('OK') ? 0 : 1);
}
module.exports = { verify };
