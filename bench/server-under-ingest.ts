import { spawn } from 'node:child_process';
import { MAX_ARTICLE_CHARS } from '../src/ingest/article-input.ts';
import { findFreePort } from '../src/store/index.ts';
import { CRAFTED_ARTICLES } from '../test/helpers/crafted-articles.ts';
import { percentile } from './measure.ts';

const BIN = new URL('../bin/parley.js', import.meta.url).pathname;
const SMALL_QUERY = '{ people(search: "Wang", first: 5) { id name } }';
const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }';

export interface UnderIngest {
  readonly idle: { readonly p50: number; readonly p99: number; readonly n: number };
  readonly ingesting: { readonly p50: number; readonly p99: number; readonly n: number };
  /** Articles posted while the small queries ran, and how each ended. */
  readonly articles: readonly string[];
}

/**
 * `parley serve` against the given Neo4j, answering small queries one after another: first
 * alone, then while 2 MB articles are posted back to back. The server's own process, so the
 * figure includes its event loop, body parsing and the hand-over to the extraction workers.
 */
export async function serverUnderIngest(uri: string, seconds: number): Promise<UnderIngest> {
  const port = await findFreePort();
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: process.env.PARLEY_BENCH_NEO4J_USERNAME ?? 'neo4j', NEO4J_PASSWORD: process.env.PARLEY_BENCH_NEO4J_PASSWORD ?? '', PORT: String(port), PARLEY_RESPONSE_CACHE: 'off', PARLEY_RATE_LIMIT_PER_MINUTE: '1000000' };
  const server = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const base = `http://127.0.0.1:${port}/graphql`;
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  };
  const latencies = async (until: () => boolean): Promise<number[]> => {
    const taken: number[] = [];
    while (!until()) {
      const started = performance.now();
      const body = await post(SMALL_QUERY);
      if (body.errors) throw new Error(`small query failed: ${JSON.stringify(body.errors)}`);
      taken.push(performance.now() - started);
    }
    return taken;
  };
  try {
    for (let i = 0; i < 300 && !stderr.includes('serving'); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    if (!stderr.includes('serving')) throw new Error(`parley serve did not start:\n${stderr}`);
    // Warm the workers and the query path before measuring.
    await post(INGEST, { input: { url: 'https://bench.example/warm', text: 'Wang Yi met Sergey Lavrov in Moscow on Monday.' } });
    await latencies(((end) => () => performance.now() > end)(performance.now() + 1000));
    const idle = await latencies(((end) => () => performance.now() > end)(performance.now() + seconds * 1000));
    const crafted = CRAFTED_ARTICLES.find((c) => c.name === 'one sentence of many clauses (zh)')!;
    const articles: string[] = [];
    let stop = false;
    const posting = (async () => {
      for (let i = 0; !stop; i++) {
        const started = performance.now();
        const body = await post(INGEST, { input: { ...crafted.build(MAX_ARTICLE_CHARS), url: `https://bench.example/large/${i}` } });
        articles.push(`${body.errors?.[0]?.extensions?.code ?? 'stored'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
    })();
    // Measure only while an article is in flight.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const ingesting = await latencies(((end) => () => performance.now() > end)(performance.now() + seconds * 1000));
    stop = true;
    await posting;
    const summary = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), n: values.length };
    };
    return { idle: summary(idle), ingesting: summary(ingesting), articles };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}
