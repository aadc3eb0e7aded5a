import type { ExecutionResult, GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { LogSink } from './log-sink.ts';

/** What the log line of an unexpected error says about the request it failed. */
export interface FailedRequest {
  readonly requestId: string;
  readonly operationName: string | null;
}

/** One error of a cause chain as the log shows it. */
interface ErrorDescription {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  /** Neo4j's status code, or a Node system error's. */
  readonly code?: string;
}

/** Causes followed at most this deep: a chain longer than this is a loop or a bug of its own. */
const MAX_CAUSES = 10;

function describe(error: unknown): ErrorDescription {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, stack: error.stack, ...(typeof code === 'string' ? { code } : {}) };
}

/** `error.cause`, its cause, and so on: what went wrong underneath, outermost first. */
export function causeChain(error: unknown): ErrorDescription[] {
  const chain: ErrorDescription[] = [];
  const seen = new Set<unknown>([error]);
  let cause = error instanceof Error ? error.cause : undefined;
  while (cause !== undefined && cause !== null && !seen.has(cause) && chain.length < MAX_CAUSES) {
    chain.push(describe(cause));
    seen.add(cause);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return chain;
}

const isInternal = (error: GraphQLError) => error.extensions?.code === 'INTERNAL';

/**
 * Logs each INTERNAL error of a result with what the client never sees (the original message,
 * stack and causes, kept by the error mask as `originalError`), and gives the client's copy the
 * request id, so a report quoting it leads to this line. Results without one pass unchanged.
 */
export function reportUnexpectedErrors<T extends ExecutionResult>(result: T, request: FailedRequest, log: LogSink): T {
  if (!result.errors?.some(isInternal)) return result;
  return {
    ...result,
    errors: result.errors.map((error) => {
      if (!isInternal(error)) return error;
      const original = error.originalError ?? error;
      log({
        level: 'error',
        msg: 'unexpected error',
        requestId: request.requestId,
        operationName: request.operationName,
        path: error.path?.join('.') ?? null,
        ...describe(original),
        cause: causeChain(original),
      });
      return createGraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        originalError: error.originalError ?? undefined,
        extensions: { ...error.extensions, requestId: request.requestId },
      });
    }),
  };
}
