import { z } from 'zod';

/** Every setting the apps read, validated at boot: a bad value stops the start with its name. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  TOKEN_TTL: z.string().default('12h'),
  PUBLIC_BOARD: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  SEED_SAMPLE_DATA: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WRITE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  READ_WAIT_TIMEOUT_MS: z.coerce.number().int().min(0).max(60000).default(5000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  SEAL_INTERVAL_MINUTES: z.coerce.number().int().min(0).default(0),
  EVENT_STORE_ENGINE: z.enum(['postgres', 'kurrentdb']).default('postgres'),
  KURRENTDB_URL: z.string().optional(),
  KAFKA_BROKERS: z.string().optional(),
  KAFKA_CLIENT_ID: z.string().default('chitieu'),
  /** Scale-out projector: which projections this instance runs (comma-separated; empty = all). */
  PROJECTIONS: z.string().default(''),
});

export type AppConfig = z.infer<typeof schema> & { embedded: boolean };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = { ...parsed.data, embedded: !parsed.data.DATABASE_URL };
  if (!config.embedded && !config.JWT_SECRET) {
    throw new ConfigError(
      'JWT_SECRET is required when DATABASE_URL is set (only the embedded mode makes its own secret). ' +
        'Set JWT_SECRET to a random string of at least 32 characters.',
    );
  }
  if (config.EVENT_STORE_ENGINE === 'kurrentdb' && !config.KURRENTDB_URL) {
    throw new ConfigError('EVENT_STORE_ENGINE=kurrentdb needs KURRENTDB_URL (e.g. kurrentdb://localhost:2113?tls=false)');
  }
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
