import { ReadModelNotCaughtUpError } from './not-caught-up.error';

/**
 * The committed position of each projection as this process saw it, and the readers waiting for
 * all of them to reach a position (read-your-writes).
 */
export class PositionBoard {
  private readonly positions = new Map<string, bigint>();
  private readonly waiters = new Set<() => void>();

  constructor(private readonly names: readonly string[]) {}

  get(name: string): bigint {
    return this.positions.get(name) ?? 0n;
  }

  /** Sets a position as stored (at start, after a rebuild), even below the one held. */
  set(name: string, position: bigint): void {
    this.positions.set(name, position);
    this.notify();
  }

  /** Moves a position forward only: batches can report out of order across retries. */
  advance(name: string, position: bigint): void {
    if (position > this.get(name)) this.positions.set(name, position);
    this.notify();
  }

  snapshot(): Map<string, bigint> {
    return new Map(this.names.map((n) => [n, this.get(n)]));
  }

  reached(min: bigint): boolean {
    return this.names.every((n) => this.get(n) >= min);
  }

  /** Resolves when every projection reached min; rejects with READ_MODEL.NOT_CAUGHT_UP after timeoutMs. */
  wait(min: bigint, timeoutMs: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!this.reached(min)) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        const lagging = this.names.map((name) => ({ name, position: this.get(name) })).filter((l) => l.position < min);
        reject(new ReadModelNotCaughtUpError(min, lagging));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }
}
