import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { expect, test } from 'vitest';
import { findFreePort, startLocalNeo4j } from '../../src/store/index.ts';
import { generateArticles } from '../helpers/generate-articles.ts';
import { childEnv } from '../helpers/test-neo4j-settings.ts';
import { waitFor } from '../helpers/wait-for.ts';

const BIN = new URL('../../bin/parley.js', import.meta.url).pathname;
/** `npm run test:load`: 60 s unless PARLEY_LOAD_SECONDS says otherwise. */
const SECONDS = Number(process.env.PARLEY_LOAD_SECONDS ?? 60);
const CONNECTIONS = 200;
/** Memory after the run over memory once warmed up. */
const MAX_GROWTH = 1.2;

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // Output ignored: an unread pipe fills up and blocks the child's synchronous stderr writes.
  return spawn(process.execPath, [BIN, ...args], { env, stdio: 'ignore' });
}

function waitForHealth(base: string): Promise<boolean> {
  return waitFor(() => fetch(`${base}/health`).then((r) => r.ok, () => false), { what: `${base}/health to answer 200`, timeoutMs: 60_000, intervalMs: 250 });
}

const graphql = (query: string, variables: Record<string, unknown> = {}) => ({
  method: 'POST' as const,
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
});

/**
 * 200 concurrent clients on loopback for a bounded time, on a mix of analysts' queries, while a
 * writer ingests: no errors, every answer 200, and the server's memory after the run within 1.2×
 * of its memory once warmed up. The figures go to test-results/load.json.
 */
test(`${CONNECTIONS} clients for ${SECONDS} s while a writer ingests: no errors, no leak`, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-load-'));
  const neo4j = await startLocalNeo4j({ dataDir: path.join(dir, 'store'), port: await findFreePort(), pageCacheMb: 256, log: () => {} });
  const port = await findFreePort();
  const env = childEnv({ uri: neo4j.uri }, { PORT: String(port), PARLEY_RATE_LIMIT_PER_MINUTE: '100000000' });
  const articles = generateArticles(1500);
  writeFileSync(path.join(dir, 'seed.jsonl'), articles.slice(0, 500).map((a) => JSON.stringify(a)).join('\n'));
  writeFileSync(path.join(dir, 'more.jsonl'), articles.slice(500).map((a) => JSON.stringify(a)).join('\n'));
  const server = run(['serve'], env);
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base);
    await new Promise((resolve) => run(['ingest', path.join(dir, 'seed.jsonl')], env).on('exit', resolve));
    const requests = [
      graphql('query ($n: String) { person(name: $n) { id name counterparts(first: 5) { person { name } meetingCount } } }', { n: 'Envoy PersonA0' }),
      graphql('{ meetings(first: 20) { totalCount edges { node { date participants { name } place { name } topics { name } sources { evidence } } } } }'),
      graphql('query ($f: MeetingFilter) { meetings(filter: $f, first: 10) { edges { node { id date } } } }', { f: { topic: 'issue 1', from: '2024-03-05' } }),
      graphql('{ people(search: "Envoy", first: 10) { id name } }'),
    ];
    // Warm up at the same concurrency (V8 sizes its heap to the load), then take the baseline.
    await autocannon({ url: base, connections: CONNECTIONS, duration: Math.max(5, Math.round(SECONDS / 2)), requests });
    const before = rssKb(server.pid!);
    const writer = run(['ingest', path.join(dir, 'more.jsonl')], env);
    const writerDone = new Promise<number>((resolve) => writer.on('exit', (code) => resolve(code ?? -1)));
    const result = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests });
    expect(await writerDone).toBe(0);
    // The run's garbage is collected in the server's own time: wait for its memory to come back
    // within bounds (a leak never does) instead of pausing for a fixed time; the check below
    // reports the last reading if it did not.
    let after = rssKb(server.pid!);
    await waitFor(
      () => {
        after = rssKb(server.pid!);
        return after / before <= MAX_GROWTH;
      },
      { what: `the server's memory to come back within ${MAX_GROWTH}× of its warmed-up size`, timeoutMs: 30_000, intervalMs: 250 },
    ).catch(() => {});
    const figures = {
      connections: CONNECTIONS,
      seconds: SECONDS,
      requests: result.requests.total,
      throughputPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      rssMb: { before: Math.round(before / 1024), after: Math.round(after / 1024) },
    };
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/load.json', `${JSON.stringify(figures, null, 2)}\n`);
    process.stderr.write(`load: ${JSON.stringify(figures)}\n`);
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
    expect(result.requests.total).toBeGreaterThan(0);
    expect(after / before).toBeLessThanOrEqual(MAX_GROWTH);
  } finally {
    const exited = new Promise((resolve) => server.on('exit', resolve));
    server.kill('SIGTERM');
    const force = setTimeout(() => server.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(force);
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}, 900_000);
