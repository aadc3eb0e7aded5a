import type { Plugin } from 'graphql-yoga';
import { createApp, type AppOptions, type RequestContext } from '../../src/api/index.ts';
import type { TestGraph } from './test-graph.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  /**
   * The Cypher statements this request ran itself: its context's own count, found by its request
   * id, so background reads (the change watcher's) and other requests never land in it. 0 for an
   * answer from the response cache; unset when the request never reached execution.
   */
  statements?: number;
}

/**
 * Counts each request's statements under its request id. Placed before the response cache (which
 * createApp adds last): its done hook runs for stored answers too, with 0 statements.
 */
function countStatementsPerRequest(counted: Map<string, number>): Plugin<RequestContext> {
  return {
    onExecute: () => ({
      onExecuteDone: ({ args }) => {
        const context = args.contextValue as RequestContext & { requestId?: string };
        if (context.requestId) counted.set(context.requestId, context.queries.length);
      },
    }),
  };
}

/** The app called in-process; `query` reports how many Cypher statements its request ran. */
export function createTestApp(t: TestGraph, options: AppOptions = {}) {
  const counted = new Map<string, number>();
  let requests = 0;
  // Built on first use: the test graph connects in beforeAll, after this runs.
  let built: ReturnType<typeof createApp> | undefined;
  const app = {
    fetch: (url: string, init?: RequestInit): Promise<Response> => {
      built ??= createApp(t.deps, { ...options, plugins: [countStatementsPerRequest(counted) as Plugin, ...(options.plugins ?? [])] });
      return Promise.resolve(built.fetch(url, init ?? {}));
    },
  };
  async function query<T = Record<string, unknown>>(source: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const requestId = `test-request-${(requests += 1)}`;
    const response = await app.fetch('http://parley.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-request-id': requestId },
      body: JSON.stringify({ query: source, variables }),
    });
    const body = (await response.json()) as object;
    const statements = counted.get(requestId);
    counted.delete(requestId);
    return { status: response.status, ...body, statements };
  }
  return { app, query };
}
