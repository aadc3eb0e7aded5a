import { z } from 'zod';
import { ParleyError } from '../../errors.ts';
import { isLocalPeer, type Caller } from './caller.ts';

/** The header that names a curator on a server without keys. */
export const CURATOR_HEADER = 'x-parley-user';

const CuratorHeaderSchema = z.string().trim().max(200, 'must be at most 200 characters');

/**
 * Who a curation is recorded as (`Curation.by`). With keys, the caller's key name: a header
 * anyone can set must not override it, so one sent anyway is refused rather than ignored, and
 * the client learns its name is not the one recorded. Without keys (loopback only) the header
 * names the analyst when the request comes from this machine; otherwise, or without it, "local".
 */
export function curatorName(caller: Caller | undefined, header: string | null): string {
  if (caller?.keysConfigured) {
    if (header !== null && header.trim() !== '') {
      throw new ParleyError('FORBIDDEN', `The ${CURATOR_HEADER} header is not accepted on a server with API keys: curation is recorded under the name of the key presented.`);
    }
    if (!caller.name) throw new ParleyError('UNAUTHENTICATED', 'Curation needs an API key: send Authorization: Bearer <key>.');
    return caller.name;
  }
  if (header === null || !caller || !isLocalPeer(caller.address)) return 'local';
  const parsed = CuratorHeaderSchema.safeParse(header);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'is not valid';
    throw new ParleyError('BAD_USER_INPUT', `${CURATOR_HEADER}: ${message}`, { issues: [{ path: CURATOR_HEADER, message }] });
  }
  return parsed.data || 'local';
}
