import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config';

/**
 * The JWT secret: from config; in embedded mode, made once on first start and kept (mode 0600) in
 * the data directory so tokens survive restarts. Never logged.
 */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  // an in-memory engine keeps nothing, so neither does its secret
  if (config.DATA_DIR.startsWith('memory://')) return randomBytes(48).toString('base64url');
  const dir = config.DATA_DIR;
  const file = join(dir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
