import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostgresEventStore } from '@chitieu/event-store';
import { onEachEngine } from '@chitieu/testing';
import { CSV_HEADER, exportRange, sealDigest, toCsv, toJsonl } from '@chitieu/audit';
import { freshStore, rowOf, seedLog } from './audit-fixture';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-export-'));

/** Runs the independent verifier as its own Node process: it shares no code with the product. */
function independentlyVerify(jsonl: string, digest?: string): { code: number; out: string } {
  const file = join(dir, `export-${Date.now()}-${Math.random()}.jsonl`);
  writeFileSync(file, jsonl);
  try {
    const out = execFileSync(process.execPath, [join(__dirname, 'independent-verifier.js'), file, ...(digest ? [digest] : [])], { encoding: 'utf8' });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
}

async function exported(db: Parameters<typeof exportRange>[0], input: Record<string, string>): Promise<string> {
  let text = '';
  for await (const row of exportRange(db, input, 5)) text += toJsonl(row);
  return text;
}

onEachEngine('export: a range re-verifies with an independent script', (ctx) => {
  let store: PostgresEventStore;
  beforeEach(async () => {
    store = await freshStore(ctx.db());
    await seedLog(store);
  });

  it('given a middle range of positions, the independent verifier accepts it', async () => {
    const from = await rowOf(ctx.db(), 'indicator-p08.CT01', 2);
    const to = await rowOf(ctx.db(), 'unit-007', 3);
    const jsonl = await exported(ctx.db().pool, { from: from.position.toString(), to: to.position.toString() });
    expect(jsonl.trim().split('\n')).toHaveLength(6);
    const result = independentlyVerify(jsonl);
    expect(result).toEqual({ code: 0, out: expect.stringContaining('OK 6 events in 3 streams (3 streams start mid-stream') });
  });

  it('given the whole log and a published digest, the independent verifier recomputes the root', async () => {
    const { text } = await sealDigest(store);
    const result = independentlyVerify(await exported(ctx.db().pool, {}), text);
    expect(result.code).toBe(0);
    expect(result.out).toContain('digest root matches 12 events');
  });

  it('when an exported line is edited, then the independent verifier names that line', async () => {
    const jsonl = (await exported(ctx.db().pool, {})).split('\n');
    jsonl[4] = jsonl[4].replace('"value":2001', '"value":2002');
    const result = independentlyVerify(jsonl.join('\n'));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^FAIL line 5 \(stream indicator-p08.CT02, version 2, position \d+\): hash does not match/);
  });

  it('when the export is cut short, then the digest no longer matches it', async () => {
    const { text } = await sealDigest(store);
    const lines = (await exported(ctx.db().pool, {})).trim().split('\n');
    const result = independentlyVerify(lines.slice(0, -3).join('\n'), text); // the seal itself is last
    expect(result).toEqual({ code: 1, out: expect.stringContaining('the export holds 10 events') });
  });

  it('given a date range and csv, it writes one quoted row per event with its hashes', async () => {
    const rows: string[] = [];
    for await (const row of exportRange(ctx.db().pool, { from: '2000-01-01', to: '2999-12-31', format: 'csv' })) rows.push(toCsv(row));
    expect(rows).toHaveLength(12);
    expect(CSV_HEADER).toContain('hash,prev_hash');
    expect(rows[0]).toMatch(/^\d+,indicator-p08\.CT01,1,[0-9a-f-]{36},ValueReported,"\{""indicatorId""/);
    expect(rows[0]).toMatch(/,[0-9a-f]{64},\n$/);
  });

  it('given a malformed bound, it is refused naming the field', async () => {
    await expect(exported(ctx.db().pool, { from: 'yesterday' })).rejects.toMatchObject({ code: 'AUDIT.INVALID_INPUT', field: 'from' });
  });
});
