import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../src/store/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * One real Neo4j for the whole run: the user's when NEO4J_URI is set (its database is wiped by
 * the tests), else a local one on a free port with a throwaway store.
 */
export default async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    return;
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-test-neo4j-'));
  const neo4j: LocalNeo4j = await startLocalNeo4j({ dataDir, port: await findFreePort(), pageCacheMb: 128, log: () => {} });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
