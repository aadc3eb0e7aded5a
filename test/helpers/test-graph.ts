import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createExtractor } from '../../src/extract/index.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';
import type { PipelineDeps } from '../../src/pipeline.ts';
import { createLinker } from '../../src/resolve/index.ts';
import { applySchema, createDriver, createGraph, loadStatements, type Graph } from '../../src/store/index.ts';

export interface TestGraph {
  /** Valid inside tests (after beforeAll). */
  readonly graph: Graph;
  readonly deps: PipelineDeps;
  /** Runs raw Cypher for assertions on the stored graph itself. */
  cypher<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
}

/**
 * Connects a test file to the run's Neo4j with the real knowledge-base linker, applies the
 * schema, and empties the database before each test so tests never see each other's data.
 */
export function useTestGraph(): TestGraph {
  const state: { graph?: Graph; deps?: PipelineDeps } = {};
  beforeAll(async () => {
    const driver = createDriver(inject('neo4jUri'), { username: process.env.NEO4J_USERNAME ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
    state.graph = createGraph(driver, loadStatements(), process.env.NEO4J_DATABASE ?? 'neo4j', { txTimeoutMs: 30_000 });
    const kb = loadKnowledgeBase();
    state.deps = { graph: state.graph, linker: createLinker(kb), extract: createExtractor(kb) };
    await applySchema(state.graph);
  });
  beforeEach(async () => {
    await state.graph!.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: state.graph!.database });
    // An empty write transaction tells this process's response caches that the graph changed.
    await state.graph!.writeTransaction(async () => {});
  });
  afterAll(async () => {
    await state.graph?.driver.close();
  });
  return {
    get graph() {
      return state.graph!;
    },
    get deps() {
      return state.deps!;
    },
    async cypher(query, params = {}) {
      const result = await state.graph!.driver.executeQuery(query, params, { database: state.graph!.database });
      return result.records.map((record) => record.toObject()) as never;
    },
  };
}
