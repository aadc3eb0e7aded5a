import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { buildSchema } from 'graphql';
import { createSchema, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Config } from '../config.ts';
import type { PipelineDeps } from '../pipeline.ts';
import { useAccessControl } from './access/use-access-control.ts';
import { useObservability, type LogSink } from './observe/use-observability.ts';
import { useCostLimit } from './use-cost-limit.ts';
import { useErrorCodes } from './use-error-codes.ts';
import { checkHealth } from '../store/index.ts';
import { createRequestContext, type RequestContext } from './context.ts';
import { createMaskError } from './mask-error.ts';
import { usePersistedOperationList } from './persisted-operations.ts';
import { DateScalar } from './resolvers/date-scalar.ts';
import { watchGraphChanges, type GraphChanges } from './graph-changes.ts';
import { createResponseCache, type ResponseCacheOptions } from './response-cache.ts';
import { curationMutations } from './resolvers/mutation-curate.ts';
import { mutationIngestArticle, mutationIngestTriples } from './resolvers/mutation-ingest.ts';
import { graphChangeFields, nudgingAfterEach, subscriptionGraphChanged } from './resolvers/subscription-graph-changed.ts';
import { queryMeetingNetwork } from './resolvers/query-meeting-network.ts';
import { queryMeetingCounts } from './resolvers/query-meeting-counts.ts';
import { entityMeetingFields, queryMeetings } from './resolvers/query-meetings.ts';
import { nodeTypeOf, queryCountry, queryNode, queryNodes } from './resolvers/query-node.ts';
import { queryPerson } from './resolvers/query-person.ts';
import { queryPeople, queryPlaces, queryTopics } from './resolvers/query-search.ts';
import { typeFields } from './resolvers/type-fields.ts';

/** The GraphQL contract, read from the repository's schema.graphql. */
export const SCHEMA_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export interface AppOptions {
  /** Unexpected errors show their cause. @default false */
  readonly dev?: boolean;
  /** Keys, read policy, CORS origins and rate limit. @default no keys, open reads, same origin, 600 a minute */
  readonly access?: Config['access'];
  /** Where request log lines go. @default nowhere */
  readonly log?: LogSink;
  /** Extra routes served before GraphQL (the explorer page). */
  readonly plugins?: readonly Plugin[];
  /** Documents clients may send by hash; with `only`, nothing else runs. @default none, any document runs */
  readonly persistedOperations?: { readonly documents: readonly string[]; readonly only: boolean };
  /** What feeds the `graphChanged` subscription. @default a watcher polling every 2 s while anyone subscribes */
  readonly changes?: GraphChanges;
  /** Repeated queries answered from memory until the graph changes; `false` turns it off. @default on, 1000 answers */
  readonly responseCache?: ResponseCacheOptions | false;
}

/** `/health` answers 200 only while Neo4j answers a query, 503 with the reason otherwise. */
function useGraphHealth(deps: PipelineDeps): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health') return;
      const healthy = await checkHealth(deps.graph);
      endResponse(
        fetchAPI.Response.json(healthy ? { status: 'ok' } : { status: 'unavailable', reason: 'Neo4j does not answer' }, { status: healthy ? 200 : 503 }),
      );
    },
  };
}

/**
 * Builds the HTTP app (GraphQL at /graphql with GraphiQL, /health) without listening, so tests
 * call it in-process with `app.fetch` and main.ts decides where it listens.
 */
export function createApp(deps: PipelineDeps, options: AppOptions = {}): YogaServerInstance<object, RequestContext> {
  const access = options.access ?? DEFAULT_ACCESS;
  const changes = options.changes ?? watchGraphChanges(deps.graph);
  const persistedDocuments = options.persistedOperations?.documents ?? [];
  const typeDefs = readFileSync(SCHEMA_PATH, 'utf8');
  const resolvers = {
    Date: DateScalar,
    Node: { __resolveType: (node: { id: string }) => nodeTypeOf(node.id) },
    Query: {
      ...typeFields.Query,
      person: queryPerson,
      people: queryPeople,
      meetings: queryMeetings,
      meetingCounts: queryMeetingCounts,
      meetingNetwork: queryMeetingNetwork,
      topics: queryTopics,
      places: queryPlaces,
      node: queryNode,
      nodes: queryNodes,
      country: queryCountry,
    },
    // A write this server made reaches subscribers at once, not at the watcher's next tick.
    Mutation: nudgingAfterEach({ ingestTriples: mutationIngestTriples, ingestArticle: mutationIngestArticle, ...curationMutations }, changes),
    Subscription: subscriptionGraphChanged(changes),
    GraphChange: graphChangeFields,
    Person: typeFields.Person,
    Meeting: typeFields.Meeting,
    Article: typeFields.Article,
    ...entityMeetingFields,
  };
  return createYoga<object, RequestContext>({
    schema: createSchema<RequestContext>({ typeDefs, resolvers }),
    context: ({ request }) => createRequestContext(deps, request),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Parley', defaultQuery: DEFAULT_QUERY },
    renderGraphiQL,
    landingPage: false,
    healthCheckEndpoint: '/yoga-health',
    maskedErrors: { maskError: createMaskError(options.dev ?? false) },
    // Without configured origins only the same origin may call: yoga's default would allow any.
    cors: access.corsOrigins.length > 0 ? { origin: [...access.corsOrigins], methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'x-graphql-yoga-csrf'] } : false,
    batching: false,
    logging: false,
    plugins: [
      useObservability(options.log ?? (() => {})),
      useErrorCodes(),
      useGraphHealth(deps),
      useAccessControl(access),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      usePersistedOperationList(persistedDocuments, options.persistedOperations?.only ?? false),
      EnvelopArmorPlugin({
        maxDepth: { n: 10 },
        maxAliases: { n: 15 },
        maxTokens: { n: 2000 },
        maxDirectives: { n: 10 },
        // Armor's rule sees the document only, so a page size sent as a variable would cost 1:
        // useCostLimit below counts the same figures with the request's variables.
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: !(options.dev ?? false) },
      }),
      useCostLimit({ schema: buildSchema(typeDefs), maxCost: MAX_QUERY_COST, trustedDocuments: persistedDocuments }),
      ...(options.plugins ?? []),
      // Last: a stored answer still passes through the request id, error codes and metrics above.
      ...(options.responseCache === false ? [] : [createResponseCache(deps.graph, changes, options.responseCache ?? {}).plugin]),
    ],
  });
}

/** The most one operation may cost (query-cost.ts): 100 meetings with their people, places, topics and sources cost about 17,200. */
export const MAX_QUERY_COST = 25_000;

const DEFAULT_ACCESS: Config['access'] = { keys: [], reads: 'open', corsOrigins: [], ratePerMinute: 600 };


const DEFAULT_QUERY = `# Who did 王毅 (Wang Yi) meet, when, where and about what?
{
  person(name: "王毅") {
    id
    name
    counterparts(first: 10) { person { name } meetingCount lastMet }
    meetings(first: 5) {
      totalCount
      edges { node { date kind place { name } participants { name } topics { name } sources { evidence article { url } } } }
    }
  }
}
`;
