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

/**
 * POSTs GraphQL to `endpoint` as JSON. A JSON POST is never a "simple" request, so the server's
 * CSRF check passes without its extra header; a partial answer with errors counts as a failure.
 */
export function createGraphQLClient(endpoint: string, fetchImpl: typeof fetch = fetch.bind(globalThis)): GraphQLRequest {
  return async function request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
    let body: GraphQLBody<T>;
    try {
      body = (await response.json()) as GraphQLBody<T>;
    } catch {
      throw new GraphQLRequestError(`The server answered ${response.status} without GraphQL`, null, response.status);
    }
    const first = body.errors?.[0];
    if (first) throw new GraphQLRequestError(first.message, first.extensions?.code ?? null, response.status);
    if (body.data === undefined || body.data === null) throw new GraphQLRequestError('The server answered without data', null, response.status);
    return body.data;
  };
}
