import { createDatabase, type Database } from '@chitieu/database';
import { SqlRelayCheckpoints, migrateMessaging } from './relay-checkpoints';

describe('relay checkpoints in the database (embedded PGlite engine)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createDatabase({ dataDir: 'memory://' });
    await migrateMessaging(db);
  });
  afterAll(async () => db?.close());

  it('starts at 0 for a relay never seen, then returns what was saved, beyond 2^53', async () => {
    const checkpoints = new SqlRelayCheckpoints(db.pool);
    expect(await checkpoints.load('kafka-relay')).toBe(0n);
    await checkpoints.save('kafka-relay', 9_007_199_254_740_993n);
    expect(await checkpoints.load('kafka-relay')).toBe(9_007_199_254_740_993n);
  });

  it('never moves a checkpoint backwards, and keeps relays apart', async () => {
    const checkpoints = new SqlRelayCheckpoints(db.pool);
    await checkpoints.save('a', 50n);
    await checkpoints.save('a', 40n);
    await checkpoints.save('b', 7n);
    expect([await checkpoints.load('a'), await checkpoints.load('b')]).toEqual([50n, 7n]);
  });

  it('migrating twice changes nothing', async () => {
    expect(await migrateMessaging(db)).toEqual([]);
  });
});
