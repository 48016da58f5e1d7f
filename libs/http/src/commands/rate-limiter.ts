import { DomainError } from '@chitieu/kernel';

/** A token bucket per token id on writes: `perMinute` commands, refilled continuously. 0 = off. */
export class WriteRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perMinute: number, private readonly now: () => number = Date.now) {}

  take(key: string): void {
    if (this.perMinute <= 0) return;
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    b.tokens = Math.min(this.perMinute, b.tokens + ((t - b.at) / 60000) * this.perMinute);
    b.at = t;
    if (b.tokens < 1) {
      const retryAfter = Math.ceil(((1 - b.tokens) / this.perMinute) * 60);
      this.buckets.set(key, b);
      throw new DomainError('RATE.LIMITED', `Too many commands with this token; retry in ${retryAfter} s`, 'rate_limited', undefined, { retryAfter });
    }
    b.tokens -= 1;
    this.buckets.set(key, b);
    if (this.buckets.size > 10000) this.buckets.clear();
  }
}
