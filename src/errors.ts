import { GraphQLError } from 'graphql';

/**
 * Every error code a Parley client can see. Clients branch on these (never on message text);
 * each maps to one HTTP status for the GraphQL-over-HTTP response.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  /** An article that cannot be read within the extraction budget of time or memory. */
  ARTICLE_TOO_COMPLEX: 422,
  RATE_LIMITED: 429,
  EXTRACTOR_UNAVAILABLE: 501,
  UNAVAILABLE: 503,
  /** Every extraction worker is busy and the waiting line is full: retry after `Retry-After`. */
  BUSY: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One problem with an input, naming the field by its path (e.g. `meetings.0.participants.1.name`). */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/** An expected failure with a client-facing code; anything else is masked as INTERNAL. */
export class ParleyError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly InputIssue[];
  /** True when the same call may succeed if retried (the database was unreachable, say). */
  readonly retriable: boolean;
  /** When to retry, sent as the Retry-After header over HTTP. */
  readonly retryAfterSeconds: number | null;

  constructor(code: ErrorCode, message: string, options: { issues?: readonly InputIssue[]; retriable?: boolean; retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ParleyError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.retriable = options.retriable ?? false;
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }

  /** Read by graphql-js when a resolver throws this, so the client sees the code without masking. */
  get extensions(): Record<string, unknown> {
    return {
      code: this.code,
      http: { status: ERROR_CODES[this.code], ...(this.retryAfterSeconds !== null ? { headers: { 'retry-after': String(this.retryAfterSeconds) } } : {}) },
      ...(this.issues.length > 0 ? { issues: this.issues } : {}),
      ...(this.retriable ? { retriable: true } : {}),
    };
  }
}

/** A result at a stage boundary: one bad article fails alone instead of aborting a batch. */
export type Result<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: ParleyError };

/** Converts a ParleyError to the GraphQL error clients see, code and HTTP status in extensions. */
export function toGraphQLError(error: ParleyError): GraphQLError {
  return new GraphQLError(error.message, { extensions: error.extensions });
}

/** Formats zod-style issues into Parley's InputIssue list. */
export function issuesFromZod(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix = ''): InputIssue[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.') || '(root)',
    message: issue.message,
  }));
}

/** A BAD_USER_INPUT error whose message names every failing field. */
export function badInput(issues: readonly InputIssue[], what = 'input'): ParleyError {
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return new ParleyError('BAD_USER_INPUT', `Invalid ${what}: ${summary}`, { issues });
}
