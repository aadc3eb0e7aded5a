import { createGraphQLError, type Plugin } from 'graphql-yoga';

interface ErrorLike {
  readonly message: string;
  readonly extensions?: Record<string, unknown>;
  readonly locations?: unknown;
}

/**
 * Every error a client sees carries `extensions.code`: errors raised before execution (syntax,
 * validation, the query limits) become GRAPHQL_VALIDATION_FAILED, so clients branch on codes
 * only, never on message text.
 */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result) || !Array.isArray(result.errors)) return;
      const errors = result.errors as ErrorLike[];
      if (errors.every((error) => error.extensions?.code)) return;
      setResult({
        ...result,
        errors: errors.map((error) =>
          error.extensions?.code ? error : createGraphQLError(error.message, { extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }),
        ),
      } as unknown as typeof result);
    },
  };
}
