import { parse, print, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { operationCost } from './query-cost.ts';

export interface CostLimitOptions {
  /**
   * The schema to cost against, built by the caller from the same type definitions as the
   * executable one: graphql ships CommonJS and ESM builds, and the executor's schema may come
   * from the other copy than this module's, whose type checks (instanceof) would then fail.
   */
  readonly schema: GraphQLSchema;
  /** The most an operation may cost, whether its page sizes are literals or variables. */
  readonly maxCost: number;
  /**
   * Documents this server publishes itself (persisted operations): their shape was reviewed with
   * the server and their page sizes are capped by the resolvers, so they are not costed. The
   * explorer's network view asks for 2,000 people in one flat list, which this measure, made
   * for nested lists, prices far above the limit.
   */
  readonly trustedDocuments?: readonly string[];
}

interface ExecutionArgs {
  readonly document: DocumentNode;
  readonly operationName?: string | null;
  readonly variableValues?: Record<string, unknown> | null;
}

/**
 * Refuses an operation that costs more than `maxCost`, counted once its variables are known:
 * a validation rule sees the document only, so a page size sent as a variable would cost 1.
 * Checked when execution starts (the validation cache is keyed by document, not by variables).
 */
export function useCostLimit(options: CostLimitOptions): Plugin {
  const trusted = new Set(options.trustedDocuments?.flatMap(printedOrNothing) ?? []);
  const isTrusted = new WeakMap<DocumentNode, boolean>();

  function check(args: ExecutionArgs): void {
    let known = isTrusted.get(args.document);
    if (known === undefined) {
      known = trusted.has(print(args.document));
      isTrusted.set(args.document, known);
    }
    if (known) return;
    const cost = operationCost(options.schema, args.document, args.operationName, args.variableValues);
    if (cost === null || cost <= options.maxCost) return;
    throw createGraphQLError(`Query cost ${formatCost(cost)} exceeds the limit of ${options.maxCost}: ask for smaller pages (first) or fewer nested lists.`, {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 }, cost: Math.ceil(cost), maxCost: options.maxCost },
    });
  }

  return {
    onExecute({ args }) {
      check(args);
    },
    onSubscribe({ args }) {
      check(args);
    },
  };
}

/** A document as printed, for comparing by content; a document that does not parse never runs. */
function printedOrNothing(document: string): string[] {
  try {
    return [print(parse(document))];
  } catch {
    return [];
  }
}

function formatCost(cost: number): string {
  return Number.isInteger(cost) ? String(cost) : cost.toFixed(2);
}
