import { createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import * as jwt from 'jsonwebtoken';
import { ROLES, type Role } from '@chitieu/kernel';
import type { Principal } from './principal';

/** Signs and verifies HS256 tokens; any other algorithm, `none` included, is refused. */
export class TokenService {
  /**
   * Made once: given the secret as a string, jsonwebtoken first tries it as a PEM public key
   * (a thrown and caught error) on every call, a fifth of a cached query's CPU.
   */
  private readonly key: KeyObject;

  constructor(secret: string, private readonly ttl: string) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  sign(claims: { sub: string; role: Role; unit?: string | null }, ttl = this.ttl): string {
    const payload: Record<string, unknown> = { role: claims.role };
    if (claims.unit) payload.unit = claims.unit;
    return jwt.sign(payload, this.key, {
      algorithm: 'HS256',
      subject: claims.sub,
      expiresIn: ttl as jwt.SignOptions['expiresIn'],
      jwtid: randomUUID(),
      issuer: 'chitieu',
    });
  }

  /** Returns the principal, or a reason the token is refused (never the token itself). */
  verify(token: string): Principal | { refused: string } {
    let claims: jwt.JwtPayload;
    try {
      const decoded = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'chitieu' });
      if (typeof decoded === 'string') return { refused: 'token payload is not an object' };
      claims = decoded;
    } catch (err) {
      return { refused: err instanceof jwt.TokenExpiredError ? 'token expired' : 'token signature or format invalid' };
    }
    const role = claims.role as Role;
    if (!claims.sub || !ROLES.includes(role) || role === 'system') return { refused: 'token lacks a subject or a valid role' };
    if (!claims.exp) return { refused: 'token has no expiry' };
    const unit = typeof claims.unit === 'string' ? claims.unit : null;
    if (role === 'unit' && !unit) return { refused: 'a unit token must name its unit' };
    return { actor: claims.sub, role, unit, tokenId: claims.jti ?? claims.sub, anonymous: false };
  }
}

export const TOKEN_SERVICE = Symbol('TOKEN_SERVICE');
