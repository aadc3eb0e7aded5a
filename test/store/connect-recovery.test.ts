import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import { loadConfig } from '../../src/config.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';
import { createLinker } from '../../src/resolve/index.ts';
import { connectGraph, findFreePort, startLocalNeo4j } from '../../src/store/index.ts';

/**
 * Neo4j unreachable at start: Parley still comes up, /health is 503 with a reason, and once a
 * Neo4j answers on that address the schema is applied and /health turns 200, without a restart.
 */
test('comes up without Neo4j, reports 503, and heals when Neo4j appears', async () => {
  const port = await findFreePort();
  const retries: string[] = [];
  const connection = await connectGraph(loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}` }), (line) => retries.push(line));
  const app = createApp({ graph: connection.graph, linker: createLinker(loadKnowledgeBase()) });
  const health = async () => {
    const response = await app.fetch('http://parley.test/health');
    return { status: response.status, body: await response.json() };
  };
  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-recovery-'));
  try {
    expect(await health()).toEqual({ status: 503, body: { status: 'unavailable', reason: 'Neo4j does not answer' } });
    const neo4j = await startLocalNeo4j({ dataDir, port, pageCacheMb: 64, log: () => {} });
    try {
      await connection.schemaReady;
      expect(await health()).toEqual({ status: 200, body: { status: 'ok' } });
      expect(retries.length).toBeGreaterThan(0);
      expect(retries[0]).toContain('not ready');
    } finally {
      await neo4j.stop();
    }
  } finally {
    await connection.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
