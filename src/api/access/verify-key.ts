import { timingSafeEqual } from 'node:crypto';
import { sha256 } from '../../config.ts';

/**
 * True when the presented key hashes to one of the configured digests. Every digest is compared
 * in constant time and none is skipped, so timing says nothing about which prefix matched.
 */
export function verifyKey(presented: string, keyHashes: readonly string[]): boolean {
  const digest = Buffer.from(sha256(presented), 'hex');
  let found = false;
  for (const hash of keyHashes) {
    const expected = Buffer.from(hash, 'hex');
    if (expected.length === digest.length && timingSafeEqual(expected, digest)) found = true;
  }
  return found;
}

/** The key of an `Authorization: Bearer <key>` header, or null. */
export function bearerKey(header: string | null): string | null {
  const match = /^Bearer\s+(\S{1,512})$/i.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}
