import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { expect, test } from 'vitest';
import { findFreePort, startLocalNeo4j } from '../../src/store/index.ts';
import { generateArticles } from '../helpers/generate-articles.ts';
import { childEnv } from '../helpers/test-neo4j-settings.ts';
import { waitFor } from '../helpers/wait-for.ts';

const BIN = new URL('../../bin/parley.js', import.meta.url).pathname;

function ingest(uri: string, file: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', file], { env: childEnv({ uri }), stdio: 'ignore' });
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

/** Resolves with the stored count once it reaches `atLeast`; fails at once if the ingest has ended first. */
async function waitForArticles(uri: string, atLeast: number, ingestExit: () => number | null): Promise<number> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    return await waitFor(
      async () => {
        // Taken before counting: an ingest that stored enough and then ended is still a success.
        const code = ingestExit();
        const { records } = await driver.executeQuery('RETURN COUNT { (:Article) } AS n');
        const n = records[0]!.get('n') as number;
        if (n >= atLeast) return n;
        if (code !== null) throw new Error(`parley ingest exited with ${code} having stored ${n} of the ${atLeast} articles waited for`);
        return null;
      },
      { what: `parley ingest to store ${atLeast} articles`, timeoutMs: 120_000 },
    );
  } finally {
    await driver.close();
  }
}

/** Counts and a content hash of everything ingest writes. */
async function fingerprint(uri: string) {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (m:Meeting)-[r:REPORTED_BY]->(a:Article)
                 WITH m, a ORDER BY a.url
                 WITH m, collect(a.url) AS urls, [(p:Person)-[:ATTENDED]->(m) | p.id] AS people
                 RETURN m.id + '|' + m.date + '|' + reduce(s = '', u IN urls | s + u + ',') AS line ORDER BY line }
       WITH collect(line) AS lines
       RETURN COUNT { (:Meeting) } AS meetings, COUNT { (:Article) } AS articles, COUNT { (:Person) } AS people,
              COUNT { ()-[:REPORTED_BY]->() } AS reports, COUNT { (:Alias) } AS aliases, lines`,
    );
    const { lines, ...counts } = records[0]!.toObject() as { lines: string[]; articles: number };
    return { ...counts, hash: createHash('sha256').update(lines.join('\n')).digest('hex') };
  } finally {
    await driver.close();
  }
}

test('Neo4j killed with SIGKILL in the middle of ingesting 1,000 articles loses and doubles nothing', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-kill-'));
  const file = path.join(dir, 'articles.jsonl');
  writeFileSync(file, generateArticles(1000).map((a) => JSON.stringify(a)).join('\n'));
  const port = await findFreePort();
  const start = () => startLocalNeo4j({ dataDir: path.join(dir, 'store'), port, pageCacheMb: 128, log: () => {} });
  try {
    let server = await start();
    let firstRunExit: number | null = null;
    const firstRun = ingest(server.uri, file).then((code) => (firstRunExit = code));
    // Once some articles are in, kill the database where it stands.
    const stored = await waitForArticles(server.uri, 50, () => firstRunExit);
    process.kill(server.pid, 'SIGKILL');
    expect(await firstRun).not.toBe(0);
    expect(stored).toBeLessThan(1000);

    server = await start();
    expect(await ingest(server.uri, file)).toBe(0);
    const recovered = await fingerprint(server.uri);
    await server.stop();

    rmSync(path.join(dir, 'store'), { recursive: true, force: true });
    server = await start();
    expect(await ingest(server.uri, file)).toBe(0);
    const clean = await fingerprint(server.uri);
    await server.stop();

    expect(recovered).toEqual(clean);
    expect(clean.articles).toBe(1000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
