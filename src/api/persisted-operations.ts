import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import { badInput, issuesFromZod } from '../errors.ts';

/** The SHA-256 hex digest clients send for a document (Apollo's APQ convention). */
export function operationHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

const ManifestSchema = z.record(z.string(), z.string().min(1, 'must be a GraphQL document'));

/**
 * A persisted-operations file: `{ "<sha256 hex>": "<document>" }`, the shape GraphQL codegen's
 * persisted documents and most clients' manifests use. Every key must be its document's hash.
 */
export function readOperationsFile(file: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw badInput([{ path: '(root)', message: `is not readable JSON: ${(error as Error).message}` }], file);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw badInput(issuesFromZod(parsed.error.issues), file);
  const malformed = Object.keys(parsed.data).find((hash) => !/^[0-9a-f]{64}$/.test(hash));
  if (malformed !== undefined) throw badInput([{ path: malformed, message: 'must be a SHA-256 hex digest' }], file);
  const wrong = Object.entries(parsed.data).find(([hash, document]) => operationHash(document) !== hash);
  if (wrong) throw badInput([{ path: wrong[0], message: 'is not the SHA-256 of its document' }], file);
  return Object.values(parsed.data);
}

/**
 * Persisted operations, sent as `extensions.persistedQuery.sha256Hash`. With `only`, raw
 * documents are refused, so a production server runs exactly the operations its clients shipped.
 */
export function usePersistedOperationList(documents: readonly string[], only: boolean): Plugin {
  const byHash = new Map(documents.map((document) => [operationHash(document), document]));
  return usePersistedOperations({
    getPersistedOperation: (hash) => byHash.get(hash) ?? null,
    allowArbitraryOperations: !only,
    customErrors: {
      notFound: { message: 'No persisted operation has this hash; send the document instead, or add it to the server\'s list.', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      persistedQueryOnly: { message: 'This server runs persisted operations only: send extensions.persistedQuery.sha256Hash.', extensions: { code: 'PERSISTED_QUERY_ONLY' } },
      keyNotFound: { message: 'Send a query, or extensions.persistedQuery.sha256Hash.', extensions: { code: 'BAD_REQUEST' } },
    },
  });
}
