import { createHmac, timingSafeEqual } from 'node:crypto';

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

const encode = (value: Buffer | string) => Buffer.from(value).toString('base64url');
const signature = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest();

export function signGrant(grant: ExportGrant, secret: string): string {
  const payload = encode(JSON.stringify(grant));
  return `${payload}.${encode(signature(payload, secret))}`;
}

export function verifyGrant(token: string, secret: string, nowSeconds: number): ExportGrant | undefined {
  const [payload, signed, ...rest] = token.split('.');
  if (!payload || !signed || rest.length) return undefined;
  const expected = signature(payload, secret);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as ExportGrant;
    return typeof grant.exp === 'number' && grant.exp > nowSeconds && Array.isArray(grant.networkIds) ? grant : undefined;
  } catch {
    return undefined;
  }
}
