import { SetMetadata } from '@nestjs/common';
import type { Role } from '@chitieu/kernel';

export const ROLES_KEY = 'chitieu:roles';
export const PUBLIC_READ_KEY = 'chitieu:public-read';

/**
 * Which roles may call a route. `@Roles('viewer')` on a read route means any signed-in role may
 * read (viewer, auditor, unit, secretariat, admin); write routes list the roles exactly.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A read route anyone may call when PUBLIC_BOARD=true (the status board and its queries). */
export const PublicRead = () => SetMetadata(PUBLIC_READ_KEY, true);

/** A route with no authentication at all (health, metrics, the board's static assets). */
export const Public = () => SetMetadata(ROLES_KEY, ['*']);
