import { afterEach, describe, expect, test } from 'vitest';
import type { Plugin } from 'graphql-yoga';
import { createApp, watchGraphChanges, type GraphChanges, type RequestContext } from '../../src/api/index.ts';
import { ingestTriples } from '../../src/pipeline.ts';
import { createDriver, createGraph, loadStatements } from '../../src/store/index.ts';
import { envoyArticle } from '../helpers/meeting-triples.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { waitFor } from '../helpers/wait-for.ts';

const t = useTestGraph();
let changes: GraphChanges | undefined;
afterEach(() => changes?.close());

const COUNTERPARTS = `query ($name: String) { person(name: $name) { counterparts { person { name } meetingCount } } }`;

/**
 * An app whose requests are counted in Cypher statements, each request its own (the watcher's
 * background reads are not in them), with a watcher on a short interval.
 */
async function cachedApp() {
  const counted = new Map<string, number>();
  let asked = 0;
  // Before the cache in the plugin list: its done hook runs for stored answers too (0 statements).
  const countStatements: Plugin<RequestContext> = {
    onExecute: () => ({
      onExecuteDone: ({ args }) => {
        const context = args.contextValue as RequestContext & { requestId?: string };
        if (context.requestId) counted.set(context.requestId, context.queries.length);
      },
    }),
  };
  changes = watchGraphChanges(t.graph, { intervalMs: 100 });
  const app = createApp(t.deps, { changes, plugins: [countStatements as Plugin] });
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const id = `ask-${(asked += 1)}`;
    const response = await app.fetch('http://parley.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': id }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: { person: { counterparts: { meetingCount: number }[] } | null }; errors?: unknown[] };
    return { body, statements: counted.get(id) };
  };
  // The cache serves nothing until the watcher has its starting point.
  await ask(COUNTERPARTS, { name: 'nobody' });
  await changes.watching();
  return ask;
}

async function ingest(graph: typeof t.graph, input: unknown) {
  const result = await ingestTriples({ ...t.deps, graph }, input);
  if (!result.success) throw result.error;
}

describe('the response cache', () => {
  test('answers a repeated query without running Cypher, with the same data', async () => {
    await ingest(t.graph, envoyArticle('https://c.example/1', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }]));
    const ask = await cachedApp();
    const first = await ask(COUNTERPARTS, { name: 'Ada Quennell' });
    expect(first.statements).toBeGreaterThan(0);
    const again = await ask(COUNTERPARTS, { name: 'Ada Quennell' });
    expect(again.statements).toBe(0);
    expect(again.body.data).toEqual(first.body.data);
    // Other variables are another question.
    expect((await ask(COUNTERPARTS, { name: 'Bruno Okafor' })).statements).toBeGreaterThan(0);
  });

  test('a write by this process is seen by the very next query', async () => {
    await ingest(t.graph, envoyArticle('https://c.example/1', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }]));
    const ask = await cachedApp();
    await ask(COUNTERPARTS, { name: 'Ada Quennell' });
    await ingest(t.graph, envoyArticle('https://c.example/2', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-06-01' }]));
    const after = await ask(COUNTERPARTS, { name: 'Ada Quennell' });
    expect(after.statements).toBeGreaterThan(0);
    expect(after.body.data?.person?.counterparts[0]?.meetingCount).toBe(2);
  });

  test('a write by another process is seen once the watcher notices it', async () => {
    await ingest(t.graph, envoyArticle('https://c.example/1', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }]));
    const ask = await cachedApp();
    await ask(COUNTERPARTS, { name: 'Ada Quennell' });
    // Another driver stands for another process (`parley ingest`, another server).
    const driver = createDriver(t.neo4j.uri, t.neo4j);
    try {
      await ingest(createGraph(driver, loadStatements(), t.graph.database), envoyArticle('https://c.example/2', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-06-01' }]));
    } finally {
      await driver.close();
    }
    // Until the watcher's next look the cache may still answer 1: wait for that look, not a time.
    await waitFor(async () => (await ask(COUNTERPARTS, { name: 'Ada Quennell' })).body.data?.person?.counterparts[0]?.meetingCount === 2, {
      what: 'the answer to count the meeting another process stored',
    });
  });

  test('errors and mutations are never stored', async () => {
    const ask = await cachedApp();
    // Partly answered, partly refused: the answered part ran Cypher, and runs it again.
    await ingest(t.graph, envoyArticle('https://c.example/1', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }]));
    const partly = `query { person(name: "Ada Quennell") { id meetings(first: -1) { totalCount } } }`;
    const first = await ask(partly);
    expect(first.body.errors).toHaveLength(1);
    expect(first.statements).toBeGreaterThan(0);
    expect((await ask(partly)).statements).toBe(first.statements);
    const mutation = `mutation ($input: TriplesInput!) { ingestTriples(input: $input) { status } }`;
    const input = envoyArticle('https://c.example/m', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }]);
    const once = await ask(mutation, { input });
    const second = await ask(mutation, { input });
    expect([once.body, second.body].map((b) => (b.data as unknown as { ingestTriples: { status: string } }).ingestTriples.status)).toEqual(['created', 'unchanged']);
    expect(second.statements).toBeGreaterThan(0);
  });
});
