import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES, ParleyError } from '../../errors.ts';
import { sha256, type Config } from '../../config.ts';
import { createRateLimiter } from './create-rate-limiter.ts';
import { bearerKey, verifyKey } from './verify-key.ts';

/** Who is calling, decided once per request from the Authorization header. */
export interface Caller {
  /** A configured key was presented. */
  readonly authenticated: boolean;
  /** What the rate limit counts against: the key's digest prefix, or the client address. */
  readonly identity: string;
}

interface NodeServerContext {
  readonly req?: { readonly socket?: { readonly remoteAddress?: string } };
}

/** Resolves the caller of a request; a wrong key is an error, not an anonymous call. */
export function identifyCaller(request: Request, serverContext: unknown, keyHashes: readonly string[]): Caller {
  const address = (serverContext as NodeServerContext | undefined)?.req?.socket?.remoteAddress ?? 'in-process';
  const key = bearerKey(request.headers.get('authorization'));
  if (key === null) return { authenticated: false, identity: `address:${address}` };
  if (keyHashes.length === 0 || !verifyKey(key, keyHashes)) {
    throw new ParleyError('UNAUTHENTICATED', 'The API key is not valid.');
  }
  return { authenticated: true, identity: `key:${sha256(key).slice(0, 16)}` };
}

function errorResponse(fetchAPI: { Response: typeof Response }, error: ParleyError, headers: Record<string, string> = {}): Response {
  return fetchAPI.Response.json({ errors: [{ message: error.message, extensions: error.extensions }] }, { status: ERROR_CODES[error.code], headers });
}

/**
 * Writes need a key whenever keys are configured (reads too with PARLEY_READS=keys); without
 * keys the server listens on loopback only (config refuses anything else) and allows writes.
 * Every caller is rate limited: 429 with Retry-After past the per-minute budget.
 */
export function useAccessControl(access: Config['access']): Plugin<{ caller?: Caller }> {
  const limiter = createRateLimiter(access.ratePerMinute);
  const callers = new WeakMap<Request, Caller>();
  return {
    onRequest({ request, serverContext, url, fetchAPI, endResponse }) {
      if (url.pathname === '/health' || url.pathname === '/metrics') return;
      let caller: Caller;
      try {
        caller = identifyCaller(request, serverContext, access.keyHashes);
      } catch (error) {
        endResponse(errorResponse(fetchAPI, error as ParleyError, { 'www-authenticate': 'Bearer' }));
        return;
      }
      callers.set(request, caller);
      const taken = limiter.take(caller.identity);
      if (!taken.allowed) {
        const error = new ParleyError('RATE_LIMITED', `Too many requests; retry in ${taken.retryAfterSeconds} s.`, { retriable: true });
        endResponse(errorResponse(fetchAPI, error, { 'retry-after': String(taken.retryAfterSeconds) }));
      }
    },
    onContextBuilding({ context, extendContext }) {
      const request = (context as { request?: Request }).request;
      extendContext({ caller: (request && callers.get(request)) ?? { authenticated: false, identity: 'unknown' } });
    },
    onExecute({ args }) {
      requireKeyWhenNeeded(access, args);
    },
    // Subscriptions are reads: the same rule, checked before the stream opens.
    onSubscribe({ args }) {
      requireKeyWhenNeeded(access, args);
    },
  };
}

function requireKeyWhenNeeded(access: Config['access'], args: { document: DocumentNode; operationName?: string | null | undefined; contextValue: unknown }): void {
  if (access.keyHashes.length === 0) return;
  const operation = getOperationAST(args.document, args.operationName)?.operation;
  const caller = (args.contextValue as { caller?: Caller }).caller;
  const needsKey = operation === 'mutation' || access.reads === 'keys';
  if (needsKey && !caller?.authenticated) {
    throw new ParleyError('UNAUTHENTICATED', `${operation === 'mutation' ? 'Writes need' : 'This server needs'} an API key: send Authorization: Bearer <key>.`);
  }
}
