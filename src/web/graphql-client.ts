import { PERSISTED_QUERY_NOT_FOUND, persistedBody, withDocument } from './persisted-body.ts';

/** A GraphQL error answered by the server, with its `extensions.code` when it gave one. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly code: string | null,
    readonly status: number,
  ) {
    super(message);
  }
}

export type GraphQLRequest = <T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal) => Promise<T>;

interface GraphQLBody<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: { code?: string } }[];
}

type PostBody = Awaited<ReturnType<typeof persistedBody>>;

/**
 * POSTs GraphQL to `endpoint` as JSON, by hash where it can (see persisted-body.ts). A JSON POST
 * is never a "simple" request, so the server's CSRF check passes without its extra header; a
 * partial answer with errors counts as a failure.
 */
export function createGraphQLClient(endpoint: string, fetchImpl: typeof fetch = fetch.bind(globalThis)): GraphQLRequest {
  async function post<T>(payload: PostBody, signal?: AbortSignal): Promise<{ response: Response; body: GraphQLBody<T> }> {
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(payload),
      ...(signal ? { signal } : {}),
    });
    try {
      return { response, body: (await response.json()) as GraphQLBody<T> };
    } catch {
      throw new GraphQLRequestError(`The server answered ${response.status} without GraphQL`, null, response.status);
    }
  }
  return async function request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
    // The hash first; a server that has not persisted this document gets it on a second try.
    const first = await persistedBody(query, variables);
    let { response, body } = await post<T>(first, signal);
    if (first.query === undefined && body.errors?.[0]?.extensions?.code === PERSISTED_QUERY_NOT_FOUND) ({ response, body } = await post<T>(withDocument(first, query), signal));
    return unwrap(response, body);
  };
}

function unwrap<T>(response: Response, body: GraphQLBody<T>): T {
  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code ?? null, response.status);
  if (body.data === undefined || body.data === null) throw new GraphQLRequestError('The server answered without data', null, response.status);
  return body.data;
}
