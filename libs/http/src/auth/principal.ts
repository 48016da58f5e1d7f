import type { Role } from '@chitieu/kernel';

/** Who is calling, from a verified token. */
export interface Principal {
  readonly actor: string;
  readonly role: Role;
  readonly unit: string | null;
  readonly tokenId: string;
  readonly anonymous: boolean;
}

export const ANONYMOUS_VIEWER: Principal = {
  actor: 'public',
  role: 'viewer',
  unit: null,
  tokenId: 'anonymous',
  anonymous: true,
};
