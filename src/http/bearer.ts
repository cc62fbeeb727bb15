/**
 * Cheap checks on a Bot Framework bearer token before the adapter validates its signature.
 * Refusing junk here means a forged or stale request never makes the bot fetch signing keys
 * or do anything else on the network.
 */
export type BearerCheck = { ok: true } | { ok: false; reason: string };

/** Clock skew Bot Framework itself tolerates. */
const SKEW_SECONDS = 300;

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function precheckBearer(header: string | undefined, appId: string, nowSeconds: number): BearerCheck {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header ?? '');
  if (!match) return { ok: false, reason: 'missing or malformed bearer token' };
  const [headerPart, claimsPart] = [decodePart(match[1]), decodePart(match[2])];
  if (!headerPart || !claimsPart) return { ok: false, reason: 'undecodable token' };
  if (claimsPart.aud !== appId) return { ok: false, reason: 'token for another audience' };
  if (typeof claimsPart.exp !== 'number' || claimsPart.exp + SKEW_SECONDS < nowSeconds) return { ok: false, reason: 'expired token' };
  if (typeof claimsPart.nbf === 'number' && claimsPart.nbf - SKEW_SECONDS > nowSeconds) return { ok: false, reason: 'token not yet valid' };
  return { ok: true };
}
