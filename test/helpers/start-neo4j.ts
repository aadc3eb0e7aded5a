import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver, findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../src/store/index.ts';
import { claimTestDatabase } from './test-database-guard.ts';
import { readTestNeo4jSettings, type TestNeo4jConnection } from './test-neo4j-settings.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testNeo4j: TestNeo4jConnection;
  }
}

/**
 * One real Neo4j for the whole run: a local one on a free port with a throwaway store, unless
 * PARLEY_TEST_NEO4J_URI names one (NEO4J_URI is ignored: it is where the user's data lives).
 * The database is claimed before any test file runs, so a named database holding somebody's
 * data stops the run here instead of being wiped by the first test.
 */
export default async function setup(project: TestProject) {
  const settings = readTestNeo4jSettings();
  if (settings.uri !== undefined) {
    const connection = { ...settings, uri: settings.uri };
    await claim(connection);
    project.provide('testNeo4j', connection);
    return;
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-test-neo4j-'));
  const neo4j: LocalNeo4j = await startLocalNeo4j({ dataDir, port: await findFreePort(), pageCacheMb: 128, log: () => {} });
  const connection = { uri: neo4j.uri, username: 'neo4j', password: '', database: 'neo4j' };
  await claim(connection);
  project.provide('testNeo4j', connection);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

async function claim(connection: TestNeo4jConnection): Promise<void> {
  const driver = createDriver(connection.uri, connection);
  try {
    const session = driver.session({ database: connection.database });
    try {
      await session.executeWrite((tx) => claimTestDatabase(tx));
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}
