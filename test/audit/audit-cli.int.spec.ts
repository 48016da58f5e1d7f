import { runMigrations } from '@chitieu/database';
import type { PostgresEventStore } from '@chitieu/event-store';
import { ALL_PROJECTIONS, createReadStore, Projector, readSideMigrations } from '@chitieu/read-side';
import { onEachEngine } from '@chitieu/testing';
import { AUDIT_COMMANDS, runAuditCli, type CliIo } from '@chitieu/audit';
import { freshStore, rowOf } from './audit-fixture';
import { appendScenario, PROGRAM } from './program-scenario';

onEachEngine('npm run audit', (ctx) => {
  let store: PostgresEventStore;
  const run = async (...argv: string[]) => {
    const io = { stdout: '', stderr: '' };
    const sink: CliIo = { out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t), isTty: false };
    const code = await runAuditCli(argv, sink, async () => ({ db: ctx.db(), store }), AUDIT_COMMANDS);
    return { code, ...io };
  };

  beforeAll(async () => {
    store = await freshStore(ctx.db());
    await runMigrations(ctx.db(), readSideMigrations(ALL_PROJECTIONS));
    await appendScenario(store);
    const rs = await createReadStore(ctx.db());
    const projector = new Projector(store, rs, ALL_PROJECTIONS);
    await projector.start();
    await projector.waitForPosition(await store.headPosition(), 20_000);
    await projector.stop();
    await rs.close();
  });

  it('seal prints the digest alone on stdout, and verify accepts it with exit 0 and progress on stderr', async () => {
    const sealed = await run('seal');
    expect(sealed).toMatchObject({ code: 0, stdout: expect.stringMatching(/^chitieu-digest:v1:\d+:8:[0-9a-f]{64}\n$/) });
    const verified = await run('verify', '--digest', sealed.stdout.trim());
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('VERIFIED: every hash chain and every digest holds.');
    expect(verified.stderr).toMatch(/verify: 9 events of 9 \(100%\)/);
  });

  it('verify --event prints the proof path and checks it', async () => {
    const digest = (await run('seal')).stdout.trim();
    const e = await rowOf(ctx.db(), `indicator-${PROGRAM}.CT01`, 3);
    const proof = await run('verify', '--event', e.eventId, '--digest', digest);
    expect(proof.code).toBe(0);
    expect(proof.stdout).toMatch(/path\[0\] [0-9a-f]{64}/);
    expect(proof.stdout).toContain('PROOF VERIFIED');
  });

  it('history --document lists who, both times, why and what for every event on that document', async () => {
    const h = await run('history', '--document', '07/TB-BCĐ');
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('who: SLDTBXH-user (unit, SLDTBXH)');
    expect(h.stdout).toContain('when: effective 2023-06-30, recorded 20');
    expect(h.stdout).toContain('why: Báo cáo sơ kết 6 tháng đầu năm 2023 on 07/TB-BCĐ (BCĐ 08, 2023-06-06)');
    expect(h.stdout).toContain('"value":113418');
  });

  it('history --indicator finds the indicator stream and nothing else', async () => {
    const h = await run('history', '--indicator', `${PROGRAM}.CT01`, '--json');
    expect((JSON.parse(h.stdout) as { type: string }[]).map((e) => e.type)).toEqual(['IndicatorDefined', 'TargetSet', 'TargetRevised', 'IndicatorAssigned', 'ValueReported', 'IndicatorAssessed']);
  });

  it('as-of prints the program and its indicators as they stood', async () => {
    const before = await run('as-of', '--date', '2023-07-01', '--known-at', '2999-01-01T00:00:00Z');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('Chương trình 08-CTr/TU');
    expect(before.stdout).toMatch(/CT01 .*2023: \S+ \(113418\/165000\)/);
    const json = JSON.parse((await run('as-of', '--date', '2022-12-31', '--known-at', '2999-01-01T00:00:00Z', '--json')).stdout) as { indicators: { annual: { value: number | null } }[] }[];
    expect(json[0].indicators[0].annual.value).toBeNull();
  });

  it('replay exits 0 with no drift, then 1 when a read-model row is edited', async () => {
    expect(await run('replay')).toMatchObject({ code: 0, stdout: expect.stringContaining('NO DRIFT') });
    const [table] = ALL_PROJECTIONS.find((p) => p.name === 'indicator-status')!.tables;
    await ctx.db().pool.query(`UPDATE "${table.name}" SET effective_date = '2020-01-01' WHERE kind = 'target'`);
    const drift = await run('replay');
    expect(drift.code).toBe(1);
    expect(drift.stdout).toMatch(/DRIFT indicator-status\/\S+ up to position \d+/);
  });

  it('bad input exits 2 and names it, and changes nothing', async () => {
    const before = (await store.readStream('audit-digests')).length;
    expect(await run('verify', '--digest', 'not-a-digest')).toMatchObject({ code: 2, stderr: expect.stringContaining('AUDIT.DIGEST_MALFORMED (digest)') });
    expect(await run('history', '--unit', 'SYT', '--indicator', 'x')).toMatchObject({ code: 2, stderr: expect.stringContaining('AUDIT.HISTORY_SUBJECT') });
    expect(await run('as-of')).toMatchObject({ code: 2, stderr: expect.stringContaining('(date)') });
    expect(await run('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command frobnicate') });
    expect(await run('verify', '--colour')).toMatchObject({ code: 2 });
    expect(await store.readStream('audit-digests')).toHaveLength(before);
  });

  it('verify exits 1 naming the first bad event after a value is changed in SQL', async () => {
    const e = await rowOf(ctx.db(), `indicator-${PROGRAM}.CT01`, 5);
    await ctx.db().pool.query(`UPDATE events SET data = jsonb_set(data, '{value}', '150000') WHERE position = $1`, [e.position.toString()]);
    const res = await run('verify');
    expect(res.code).toBe(1);
    expect(res.stdout).toContain(`First problem: hash_mismatch in stream indicator-${PROGRAM}.CT01 at version 5, position ${e.position}`);
  });
});
