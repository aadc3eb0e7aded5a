import type { Config } from '../config.ts';
import { applySchema } from './apply-schema.ts';
import { createDriver } from './create-driver.ts';
import { createGraph, type Graph } from './graph.ts';
import { loadStatements } from './load-statements.ts';
import { startLocalNeo4j, type LocalNeo4j } from './start-local-neo4j.ts';

export interface GraphConnection {
  readonly graph: Graph;
  /** Set when Parley started its own Neo4j. */
  readonly local: LocalNeo4j | null;
  /** Resolves once the schema is in place (retried with backoff while Neo4j is unreachable). */
  readonly schemaReady: Promise<void>;
  /** Closes the driver and stops the local Neo4j, if any. */
  close(): Promise<void>;
}

/** Retries `attempt` with exponential backoff (capped) until it succeeds or `stopped()` says stop. */
export async function retryWithBackoff(attempt: () => Promise<void>, stopped: () => boolean, onRetry: (error: unknown, waitMs: number) => void, baseMs = 500, maxMs = 15_000): Promise<void> {
  for (let tries = 0; !stopped(); tries += 1) {
    try {
      await attempt();
      return;
    } catch (error) {
      const waitMs = Math.min(maxMs, baseMs * 2 ** tries);
      onRetry(error, waitMs);
      await new Promise((resolve) => setTimeout(resolve, waitMs).unref());
    }
  }
}

/**
 * Connects to the configured Neo4j, or starts the local one when NEO4J_URI is unset. An
 * unreachable server does not stop Parley from starting: the driver reconnects on its own, the
 * schema is applied as soon as the server answers, and /health says 503 until then.
 */
export async function connectGraph(config: Config, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<GraphConnection> {
  const local = config.neo4j.uri
    ? null
    : await startLocalNeo4j({ dataDir: config.local.dataDir, port: config.local.port, pageCacheMb: config.local.pageCacheMb, log });
  const uri = config.neo4j.uri ?? (local as LocalNeo4j).uri;
  const driver = createDriver(uri, config.neo4j);
  const graph = createGraph(driver, loadStatements(), config.neo4j.database, { txTimeoutMs: config.queryTimeoutMs });
  let closed = false;
  const schemaReady = retryWithBackoff(
    () => applySchema(graph),
    () => closed,
    (error, waitMs) => log(`parley: Neo4j at ${uri} not ready (${(error as Error).message.split('\n')[0]}); retrying in ${waitMs} ms`),
  );
  return {
    graph,
    local,
    schemaReady,
    async close() {
      closed = true;
      await driver.close();
      await local?.stop();
    },
  };
}
