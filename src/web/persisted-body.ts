/** What a GraphQL POST carries: the document, or only its hash for a server that persisted it. */
export interface GraphQLBody {
  readonly query?: string;
  readonly variables: Record<string, unknown>;
  readonly extensions?: { readonly persistedQuery: { readonly version: 1; readonly sha256Hash: string } };
}

const hashes = new Map<string, Promise<string | null>>();

/** SHA-256 hex of a document; null where the page is not a secure context (no crypto.subtle). */
export function documentHash(query: string): Promise<string | null> {
  let hash = hashes.get(query);
  if (!hash) {
    const subtle = globalThis.crypto?.subtle;
    hash = subtle
      ? subtle.digest('SHA-256', new TextEncoder().encode(query)).then((digest) => [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join(''))
      : Promise.resolve(null);
    hashes.set(query, hash);
  }
  return hash;
}

/**
 * The body to send first: the hash alone (every explorer document is persisted on the server, so
 * this also works where only persisted operations run), or the document when no hash can be made.
 */
export async function persistedBody(query: string, variables: Record<string, unknown>): Promise<GraphQLBody> {
  const sha256Hash = await documentHash(query);
  return sha256Hash ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash } } } : { query, variables };
}

/** The same request with its document, for a server that does not know the hash. */
export function withDocument(body: GraphQLBody, query: string): GraphQLBody {
  return { ...body, query };
}

export const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';
