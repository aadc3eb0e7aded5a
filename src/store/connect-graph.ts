import type { Config } from '../config.ts';
import { createDriver } from './create-driver.ts';
import { createGraph, type Graph } from './graph.ts';
import { loadStatements } from './load-statements.ts';
import { startLocalNeo4j, type LocalNeo4j } from './start-local-neo4j.ts';
import { applySchema } from './apply-schema.ts';

export interface GraphConnection {
  readonly graph: Graph;
  /** Set when Parley started its own Neo4j. */
  readonly local: LocalNeo4j | null;
  /** Closes the driver and stops the local Neo4j, if any. */
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j, or starts the local one when NEO4J_URI is unset, and makes
 * sure the schema exists.
 */
export async function connectGraph(config: Config, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<GraphConnection> {
  const local = config.neo4j.uri
    ? null
    : await startLocalNeo4j({ dataDir: config.local.dataDir, port: config.local.port, pageCacheMb: config.local.pageCacheMb, log });
  const uri = config.neo4j.uri ?? (local as LocalNeo4j).uri;
  const driver = createDriver(uri, config.neo4j);
  const graph = createGraph(driver, loadStatements(), config.neo4j.database);
  try {
    await applySchema(graph);
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
  return {
    graph,
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
