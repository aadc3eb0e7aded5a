import { ParleyError } from '../errors.ts';

const PREFIX = 'meeting:';

/** Opaque Relay cursor over a meeting's sort key (day|id): stable under inserts, unlike offsets. */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(PREFIX + sortKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): string | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(PREFIX)) {
    throw new ParleyError('BAD_USER_INPUT', `${field}: not a cursor this API gave out`, { issues: [{ path: field, message: 'not a cursor this API gave out' }] });
  }
  return decoded.slice(PREFIX.length);
}

/** Page sizes are bounded so no request can ask the database for everything at once. */
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, field: string, fallback = 20, max = MAX_PAGE_SIZE): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new ParleyError('BAD_USER_INPUT', `${field}: must be an integer from 0 to ${max}`, { issues: [{ path: field, message: `must be an integer from 0 to ${max}` }] });
  }
  return value;
}
