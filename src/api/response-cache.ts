import { createHash } from 'node:crypto';
import { getOperationAST, print, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Graph } from '../store/index.ts';
import type { GraphChanges } from './graph-changes.ts';

export interface ResponseCacheOptions {
  /** Most responses kept; the least recently used go first. @default 1000 */
  readonly maxEntries?: number;
  /** Responses larger than this (JSON characters) are not kept. @default 1_000_000 */
  readonly maxResponseChars?: number;
}

/**
 * Answers a repeated query from memory until the graph changes. A change made through this
 * process (any write transaction on the driver, API or not) invalidates at once; one made
 * elsewhere (`parley ingest` in another process, another server) when the graphChanged watcher
 * sees it, within its interval. Until the watcher has its starting point nothing is served from
 * memory, so no change can slip between a stored answer and the watch.
 */
export function createResponseCache(graph: Graph, changes: GraphChanges, options: ResponseCacheOptions = {}) {
  const maxEntries = options.maxEntries ?? 1000;
  const maxChars = options.maxResponseChars ?? 1_000_000;
  const entries = new Map<string, ExecutionResult>();
  const printed = new WeakMap<DocumentNode, string>();
  let externalGeneration = 0;
  let watching = false;
  let listening: Promise<void> | null = null;

  function startWatching(): void {
    listening ??= changes
      .listen(() => {
        externalGeneration += 1;
        entries.clear();
      })
      .then(() => {
        watching = true;
      })
      .catch(() => {
        listening = null;
      });
  }

  /** What a stored answer is valid for: the document, its variables, and the graph as it is now. */
  function keyOf(document: DocumentNode, operationName: string | null | undefined, variables: unknown): string {
    let text = printed.get(document);
    if (text === undefined) {
      text = print(document);
      printed.set(document, text);
    }
    const hash = createHash('sha256').update(text).update('\u0000').update(operationName ?? '').update('\u0000').update(JSON.stringify(variables ?? {}));
    return `${graph.writeGeneration()}:${externalGeneration}:${hash.digest('base64')}`;
  }

  const plugin: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      startWatching();
      if (!watching) return;
      const key = keyOf(args.document, args.operationName, args.variableValues);
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        setResultAndStopExecution(hit);
        return;
      }
      return {
        onExecuteDone({ result }) {
          if (!('data' in result) || result.errors?.length || !result.data) return;
          if (JSON.stringify(result.data).length > maxChars) return;
          // Stored under the key taken before running: a change during the run makes it unreachable.
          entries.set(key, result);
          if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
        },
      };
    },
  };
  return { plugin, size: () => entries.size, clear: () => entries.clear() };
}
