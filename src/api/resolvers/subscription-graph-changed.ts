import { readArticles } from '../../store/index.ts';
import type { RequestContext } from '../context.ts';
import type { GraphChange, GraphChanges } from '../graph-changes.ts';

type Resolver = (parent: unknown, args: never, context: RequestContext, info: never) => unknown;

/**
 * `graphChanged`: each batch the watcher finds, as it finds it. The stream is answered once the
 * watcher has its starting point, so a client that refreshes when the stream opens has seen
 * every write: the ones before in that refresh, the ones after as events.
 */
export function subscriptionGraphChanged(changes: GraphChanges) {
  return {
    graphChanged: {
      subscribe: async () => {
        const stream = changes.subscribe();
        await changes.watching();
        return stream;
      },
      resolve: (change: GraphChange) => change,
    },
  };
}

export const graphChangeFields = {
  /** One statement for the whole batch; articles retracted since are left out. */
  articles: (change: GraphChange, _: unknown, context: RequestContext) => readArticles(context.graph, change.articleUrls),
};

/** Wraps write resolvers so that, once one returns, subscribers hear of it without waiting a tick. */
export function nudgingAfterEach<T extends Record<string, Resolver>>(resolvers: T, changes: GraphChanges): T {
  const wrapped = Object.entries(resolvers).map(([name, resolve]) => [
    name,
    async (...args: Parameters<Resolver>) => {
      const result = await resolve(...args);
      changes.nudge();
      return result;
    },
  ]);
  return Object.fromEntries(wrapped) as T;
}
