import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODES, ParleyError } from '../../errors.ts';
import type { ApiKey, Config } from '../../config.ts';
import type { Caller } from './caller.ts';
import { createRateLimiter } from './create-rate-limiter.ts';
import { bearerKey, verifyKey } from './verify-key.ts';

interface NodeServerContext {
  readonly req?: { readonly socket?: { readonly remoteAddress?: string } };
}

/** Resolves the caller of a request; a wrong key is an error, not an anonymous call. */
export function identifyCaller(request: Request, serverContext: unknown, keys: readonly ApiKey[]): Caller {
  const address = (serverContext as NodeServerContext | undefined)?.req?.socket?.remoteAddress ?? 'in-process';
  const keysConfigured = keys.length > 0;
  const key = bearerKey(request.headers.get('authorization'));
  if (key === null) return { authenticated: false, name: null, keysConfigured, address, identity: `address:${address}` };
  const name = keysConfigured ? verifyKey(key, keys) : null;
  if (name === null) throw new ParleyError('UNAUTHENTICATED', 'The API key is not valid.');
  return { authenticated: true, name, keysConfigured, address, identity: `key:${name}` };
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
        caller = identifyCaller(request, serverContext, access.keys);
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
      const unknown: Caller = { authenticated: false, name: null, keysConfigured: access.keys.length > 0, address: 'unknown', identity: 'unknown' };
      extendContext({ caller: (request && callers.get(request)) ?? unknown });
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
  if (access.keys.length === 0) return;
  const operation = getOperationAST(args.document, args.operationName)?.operation;
  const caller = (args.contextValue as { caller?: Caller }).caller;
  const needsKey = operation === 'mutation' || access.reads === 'keys';
  if (needsKey && !caller?.authenticated) {
    throw new ParleyError('UNAUTHENTICATED', `${operation === 'mutation' ? 'Writes need' : 'This server needs'} an API key: send Authorization: Bearer <key>.`);
  }
}
