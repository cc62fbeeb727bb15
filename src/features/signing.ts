import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Values the bot hands to the client and must get back unaltered (download grants, people picked
 * from a roster): JSON, base64url, HMAC-signed. Anything altered is refused without saying why.
 */
const encode = (value: Buffer | string) => Buffer.from(value).toString('base64url');
const signature = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest();

export function sign(value: object, secret: string): string {
  const payload = encode(JSON.stringify(value));
  return `${payload}.${encode(signature(payload, secret))}`;
}

/** The signed value, or undefined when the token was altered or is not one of ours. */
export function verify(token: string, secret: string): unknown {
  const [payload, signed, ...rest] = token.split('.');
  if (!payload || !signed || rest.length) return undefined;
  const expected = signature(payload, secret);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
