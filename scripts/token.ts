/**
 * Prints a bearer token: `npm run token -- --role unit --unit SYT [--sub name] [--ttl 12h]`.
 * Uses JWT_SECRET, or in embedded mode the secret kept in DATA_DIR (made on first start).
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@chitieu/kernel';
import { loadConfig, resolveJwtSecret, TokenService } from '@chitieu/http';

function main(): void {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, unit: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string' } },
  });
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role) || role === 'system') {
    throw new Error(`--role must be one of: ${ROLES.filter((r) => r !== 'system').join(', ')}`);
  }
  if (role === 'unit' && !values.unit) throw new Error('--unit CODE is required with --role unit');
  const config = loadConfig();
  const tokens = new TokenService(resolveJwtSecret(config), config.TOKEN_TTL);
  const sub = values.sub ?? (role === 'unit' ? `${values.unit}-user` : `${role}-user`);
  process.stdout.write(`${tokens.sign({ sub, role, unit: values.unit ?? null }, values.ttl)}\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`token: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
}
