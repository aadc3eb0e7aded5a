import { createGraphQLError } from 'graphql-yoga';
import { ParleyError } from '../errors.ts';

interface GraphQLErrorLike extends Error {
  readonly originalError?: unknown;
  readonly nodes?: unknown;
  readonly path?: readonly (string | number)[];
}

/**
 * By name, not instanceof: graphql ships CommonJS and ESM builds, and the executor may hold the
 * other copy of the GraphQLError class than this module would import.
 */
function isGraphQLError(error: unknown): error is GraphQLErrorLike {
  return error instanceof Error && error.name === 'GraphQLError';
}

/**
 * Coded errors reach the client as they are; anything unexpected becomes INTERNAL with a generic
 * message (its cause only in dev mode), so no stack trace or Cypher ever leaves the server. The
 * masked error keeps the original as `originalError`, which is never serialized, for the
 * server's log (see logUnexpectedErrors).
 */
export function createMaskError(dev: boolean) {
  const masked = new WeakSet<Error>();
  return (error: unknown, message: string): Error => {
    if (error instanceof Error && masked.has(error)) return error;
    const original = isGraphQLError(error) && error.originalError ? error.originalError : error;
    // Expected errors pass unchanged; returning the same object also keeps them out of the error log.
    if (isGraphQLError(error) && (original instanceof ParleyError || isGraphQLError(original) || !error.originalError)) return error;
    if (original instanceof ParleyError) return createGraphQLError(original.message, { extensions: original.extensions, originalError: original });
    const internal = createGraphQLError(message, {
      path: isGraphQLError(error) ? error.path : undefined,
      originalError: original instanceof Error ? original : new Error(String(original)),
      extensions: { code: 'INTERNAL', http: { status: 500 }, ...(dev && original instanceof Error ? { cause: original.message } : {}) },
    });
    masked.add(internal);
    return internal;
  };
}
