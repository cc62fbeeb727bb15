import { sign, verify } from '../signing';

/**
 * Download links for exports: signed, bound to the networks the user could read when asking,
 * and short-lived. Anything altered or expired is refused without saying why.
 */
export interface ExportGrant {
  /** tenant:object id of the person the link was made for (for the log, never shown). */
  user: string;
  networkIds: string[];
  year: number;
  /** A download of the person's own data (`mine data`) instead of a network export. */
  personal?: boolean;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export const LINK_LIFETIME_SECONDS = 15 * 60;

export function signGrant(grant: ExportGrant, secret: string): string {
  return sign(grant, secret);
}

export function verifyGrant(token: string, secret: string, nowSeconds: number): ExportGrant | undefined {
  const grant = verify(token, secret) as ExportGrant | undefined;
  return typeof grant?.exp === 'number' && grant.exp > nowSeconds && Array.isArray(grant.networkIds) ? grant : undefined;
}
