import type { Sql } from '../projector/sql';

/**
 * Answers to "as known now" queries change only when a projection moves its checkpoint (its rows
 * and its checkpoint commit in one transaction), so they are kept per checkpoint stamp: many
 * readers of an unchanged summary cost one computation and a lookup of a five-row table each.
 * The stamp is read before the rows, so a kept answer is never older than its stamp.
 */
export class LatestAnswerCache {
  private readonly entries = new Map<string, { stamp: string; value: Promise<unknown> }>();
  private reading: Promise<string> | null = null;
  private next: Promise<string> | null = null;

  constructor(private readonly sql: Sql, private readonly maxEntries = 500) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const stamp = await this.stamp();
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) return hit.value as Promise<T>;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { stamp, value });
    // a failure is not kept: the next reader computes again
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /**
   * One read of the checkpoints serves every request that arrived before it started: a request
   * arriving while a read is in flight joins the next one (the one in flight may have taken its
   * snapshot before the request came), so 64 concurrent readers cost two reads, not 64.
   */
  private stamp(): Promise<string> {
    if (!this.reading) {
      this.reading = this.readStamp().finally(() => (this.reading = null));
      return this.reading;
    }
    this.next ??= this.reading.catch(() => undefined).then(() => {
      this.next = null;
      return this.stamp();
    });
    return this.next;
  }

  private async readStamp(): Promise<string> {
    const rows = await this.sql.query<{ name: string; position: string }>('SELECT name, position FROM projection_checkpoints ORDER BY name');
    return rows.map((r) => `${r.name}:${r.position}`).join(',');
  }
}
