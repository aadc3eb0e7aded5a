/** Who is calling, decided once per request from the Authorization header and the peer. */
export interface Caller {
  /** A configured key was presented. */
  readonly authenticated: boolean;
  /** The name of the key presented (PARLEY_API_KEYS), or null without one. */
  readonly name: string | null;
  /** This server has keys: then only a key says who the caller is. */
  readonly keysConfigured: boolean;
  /** The peer's address; `in-process` for a request made without a socket (`app.fetch`). */
  readonly address: string;
  /** What the rate limit counts against: the key's name, or the client address. */
  readonly identity: string;
}

const LOOPBACK_PEER = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/**
 * A peer on this machine: a loopback address, or no socket at all, which only code in this
 * process can make (tests, an embedding program).
 */
export function isLocalPeer(address: string): boolean {
  return address === 'in-process' || LOOPBACK_PEER.test(address);
}
