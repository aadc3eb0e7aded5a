import { timingSafeEqual } from 'node:crypto';
import { sha256, type ApiKey } from '../../config.ts';

/**
 * The name of the configured key the presented one hashes to, or null. Every digest is compared
 * in constant time and none is skipped, so timing says nothing about which key or prefix matched.
 */
export function verifyKey(presented: string, keys: readonly ApiKey[]): string | null {
  const digest = Buffer.from(sha256(presented), 'hex');
  let found: string | null = null;
  for (const key of keys) {
    const expected = Buffer.from(key.hash, 'hex');
    if (expected.length === digest.length && timingSafeEqual(expected, digest)) found = key.name;
  }
  return found;
}

/** The key of an `Authorization: Bearer <key>` header, or null. */
export function bearerKey(header: string | null): string | null {
  const match = /^Bearer\s+(\S{1,512})$/i.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}
