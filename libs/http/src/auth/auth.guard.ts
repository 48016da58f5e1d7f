import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { DomainError, type Role } from '@chitieu/kernel';
import { APP_CONFIG, type AppConfig } from '../config';
import { TOKEN_SERVICE, TokenService } from './jwt';
import { ANONYMOUS_VIEWER, type Principal } from './principal';
import { PUBLIC_READ_KEY, ROLES_KEY } from './roles.decorator';
import { UNIT_DIRECTORY, type UnitDirectory } from './unit-directory';

export type AuthedRequest = FastifyRequest & { principal?: Principal };

/** Deny by default: a route is open only to the roles its @Roles names. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_SERVICE) private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(UNIT_DIRECTORY) private readonly units: UnitDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const roles = this.reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets) ?? ['admin'];
    if (roles.includes('*')) return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const principal = await this.authenticate(request, roles, this.reflector.getAllAndOverride<boolean>(PUBLIC_READ_KEY, targets));
    const isRead = roles.includes('viewer');
    if (!isRead && !roles.includes(principal.role)) {
      throw new DomainError('AUTH.ROLE_NOT_ALLOWED', `The role ${principal.role} may not do this; allowed: ${roles.join(', ')}`, 'forbidden');
    }
    request.principal = principal;
    return true;
  }

  private async authenticate(request: AuthedRequest, roles: string[], publicRead: boolean): Promise<Principal> {
    const header = request.headers.authorization;
    if (!header) {
      if (publicRead && this.config.PUBLIC_BOARD && roles.includes('viewer')) return ANONYMOUS_VIEWER;
      throw new DomainError('AUTH.TOKEN_MISSING', 'Send a bearer token: Authorization: Bearer <token>', 'unauthenticated', 'Authorization');
    }
    const match = /^Bearer ([A-Za-z0-9_\-.=]+)$/.exec(header);
    if (!match) throw new DomainError('AUTH.TOKEN_MALFORMED', 'The Authorization header must be "Bearer <token>"', 'unauthenticated', 'Authorization');
    const result = this.tokens.verify(match[1]);
    if ('refused' in result) throw new DomainError('AUTH.TOKEN_INVALID', `The token was refused: ${result.refused}`, 'unauthenticated', 'Authorization');
    if (result.role === 'unit' && !(await this.units.exists(result.unit!))) {
      throw new DomainError('AUTH.UNKNOWN_UNIT', `The token's unit ${result.unit} is not a registered unit`, 'forbidden', 'Authorization');
    }
    return result;
  }
}

export const ALL_ROLES: readonly Role[] = ['viewer', 'auditor', 'unit', 'secretariat', 'admin'];
