import { createHash, randomBytes } from 'node:crypto';

/**
 * Keys are 240 random bits, so a fast hash is enough: a slow KDF protects guessable passwords, not random
 * tokens, and would cost milliseconds on every MISP hook call.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** 40 characters like a MISP automation key. */
export function generateApiKey(): string {
  return randomBytes(30).toString('base64url');
}
