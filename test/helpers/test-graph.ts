import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createExtractor } from '../../src/extract/index.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';
import type { PipelineDeps } from '../../src/pipeline.ts';
import { createLinker } from '../../src/resolve/index.ts';
import { applySchema, createDriver, createGraph, loadStatements, type Graph } from '../../src/store/index.ts';
import { claimTestDatabase, wipeTestDatabase, type CypherRunner } from './test-database-guard.ts';
import type { TestNeo4jConnection } from './test-neo4j-settings.ts';

export interface TestGraph {
  /** The run's test database, for another driver or a `parley` child process (see childEnv). */
  readonly neo4j: TestNeo4jConnection;
  /** Valid inside tests (after beforeAll). */
  readonly graph: Graph;
  readonly deps: PipelineDeps;
  /** Runs raw Cypher for assertions on the stored graph itself. */
  cypher<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Empties the graph (all but the tests' marker), refusing a database the tests do not own. */
  wipe(): Promise<void>;
  /** Runs `work` in a write transaction that is rolled back, whatever `work` does or throws. */
  rolledBack<T>(work: (tx: CypherRunner) => Promise<T>): Promise<T>;
}

/**
 * Connects a test file to the run's Neo4j with the real knowledge-base linker, applies the
 * schema, and empties the database before each test so tests never see each other's data.
 */
export function useTestGraph(): TestGraph {
  const state: { graph?: Graph; deps?: PipelineDeps } = {};
  const neo4j = inject('testNeo4j');

  async function write(work: (tx: CypherRunner) => Promise<void>): Promise<void> {
    const session = state.graph!.driver.session({ database: state.graph!.database });
    try {
      await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  async function wipe(): Promise<void> {
    await write(wipeTestDatabase);
    // An empty write transaction tells this process's response caches that the graph changed.
    await state.graph!.writeTransaction(async () => {});
  }

  beforeAll(async () => {
    const driver = createDriver(neo4j.uri, neo4j);
    state.graph = createGraph(driver, loadStatements(), neo4j.database, { txTimeoutMs: 30_000 });
    const kb = loadKnowledgeBase();
    state.deps = { graph: state.graph, linker: createLinker(kb), extract: createExtractor(kb) };
    // Before the schema too: nothing is written to a database that is not the tests' own.
    await write(claimTestDatabase);
    await applySchema(state.graph);
  });
  beforeEach(wipe);
  afterAll(async () => {
    await state.graph?.driver.close();
  });
  return {
    neo4j,
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
    wipe,
    async rolledBack(work) {
      const session = state.graph!.driver.session({ database: state.graph!.database });
      const tx = session.beginTransaction();
      try {
        return await work(tx);
      } finally {
        // A failed statement has already ended it; closing the session would roll back anyway.
        if (tx.isOpen()) await tx.rollback();
        await session.close();
      }
    },
  };
}
