/** The JWT secret the bench's app child signs with; a bench-only value, never a deployment's. */
export const BENCH_JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';
