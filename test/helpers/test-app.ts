import type { Plugin } from 'graphql-yoga';
import { createApp } from '../../src/api/index.ts';
import type { RequestContext } from '../../src/api/index.ts';
import type { TestGraph } from './test-graph.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** The app called in-process; records how many Cypher statements each request ran. */
export function createTestApp(t: TestGraph) {
  const statementsPerRequest: number[] = [];
  const countQueries: Plugin<RequestContext> = {
    onExecute: () => ({
      onExecuteDone: ({ args }) => {
        statementsPerRequest.push((args.contextValue as RequestContext).queries.length);
      },
    }),
  };
  // Built on first use: the test graph connects in beforeAll, after this runs.
  let built: ReturnType<typeof createApp> | undefined;
  const app = {
    fetch: (url: string, init?: RequestInit): Promise<Response> => {
      built ??= createApp(t.deps, { plugins: [countQueries as Plugin] });
      return Promise.resolve(built.fetch(url, init ?? {}));
    },
  };
  async function query<T = Record<string, unknown>>(source: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await app.fetch('http://parley.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: source, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }
  return { app, query, statementsPerRequest };
}
