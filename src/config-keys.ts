import { createHash } from 'node:crypto';
import { z } from 'zod';

/** A key that may call the API: its name (who curates with it) and the SHA-256 hex of the key. */
export interface ApiKey {
  readonly name: string;
  readonly hash: string;
}

const KEY_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
const DIGEST = /^sha256:([0-9a-fA-F]{64})$/;
/** What `Authorization: Bearer <key>` can carry: a key outside this could never be presented. */
const PRESENTABLE = /^\S{1,512}$/;

/** SHA-256 hex of a key: the only form in which Parley keeps keys. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

type Issues = { addIssue(issue: { code: 'custom'; message: string }): void };

/**
 * The key of one entry as a digest, or a message saying what is wrong with it. Messages name an
 * entry by its position and name, never by its key: errors end up in logs.
 */
function digestOf(secret: string, label: string): string | { problem: string } {
  if (secret.startsWith('sha256:')) {
    const match = DIGEST.exec(secret);
    return match ? match[1]!.toLowerCase() : { problem: `${label}: a sha256: digest must be 64 hex digits` };
  }
  return PRESENTABLE.test(secret) ? sha256(secret) : { problem: `${label}: the key must be 1 to 512 characters without spaces` };
}

function entriesOf(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

interface Entry {
  /** 1-based, as an operator counts the entries of the variable. */
  readonly position: number;
  readonly key: ApiKey;
}

/** One name and one key per caller: a repeated name or key would make `by` ambiguous. */
function checkUnique(entries: readonly Entry[], ctx: Issues): void {
  for (const [i, { position, key }] of entries.entries()) {
    const sameName = entries.find((other, j) => j < i && other.key.name === key.name);
    if (sameName) ctx.addIssue({ code: 'custom', message: `entry ${position} ("${key.name}"): the name is already given to entry ${sameName.position}` });
    const sameKey = entries.find((other, j) => j < i && other.key.hash === key.hash);
    if (sameKey) ctx.addIssue({ code: 'custom', message: `entry ${position} ("${key.name}"): the same key as entry ${sameKey.position} ("${sameKey.key.name}")` });
  }
}

/** Parses each entry with `read`, which names it and gives its key, or says what is wrong. */
function keyList(read: (entry: string, position: number) => ApiKey | { problem: string }) {
  return z.string().transform((value, ctx): ApiKey[] => {
    const entries: Entry[] = [];
    entriesOf(value).forEach((text, i) => {
      const parsed = read(text, i + 1);
      if ('problem' in parsed) ctx.addIssue({ code: 'custom', message: parsed.problem });
      else entries.push({ position: i + 1, key: parsed });
    });
    checkUnique(entries, ctx);
    return entries.map((entry) => entry.key);
  });
}

/**
 * PARLEY_API_KEYS: `name:key` or `name:sha256:<64 hex>` entries, comma-separated. Plain keys are
 * hashed here and never kept.
 */
export const NamedKeysSchema = keyList((entry, position) => {
  const colon = entry.indexOf(':');
  if (colon < 0) return { problem: `entry ${position} has no name: write name:key or name:sha256:<64 hex digits>` };
  const name = entry.slice(0, colon).trim();
  if (!KEY_NAME.test(name)) return { problem: `entry ${position}: the name before ":" must be 1 to 64 letters, digits, "_", "." or "-"` };
  const hash = digestOf(entry.slice(colon + 1).trim(), `entry ${position} ("${name}")`);
  return typeof hash === 'string' ? { name, hash } : hash;
});

/**
 * PARLEY_API_KEY, the older form: keys (or `sha256:` digests) without names, comma-separated.
 * They are named key-1, key-2, … in order, and curation records those names.
 */
export const UnnamedKeysSchema = keyList((entry, position) => {
  const hash = digestOf(entry, `entry ${position}`);
  return typeof hash === 'string' ? { name: `key-${position}`, hash } : hash;
});
