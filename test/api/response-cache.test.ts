import { afterEach, describe, expect, test } from 'vitest';
import { watchGraphChanges, type GraphChanges } from '../../src/api/index.ts';
import { ingestTriples } from '../../src/pipeline.ts';
import { createDriver, createGraph, loadStatements } from '../../src/store/index.ts';
import { envoyArticle } from '../helpers/meeting-triples.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { waitFor } from '../helpers/wait-for.ts';

const t = useTestGraph();
let changes: GraphChanges | undefined;
afterEach(() => changes?.close());

const COUNTERPARTS = `query ($name: String) { person(name: $name) { counterparts { person { name } meetingCount } } }`;

type Counterparts = { person: { counterparts: { meetingCount: number }[] } | null };

/**
 * An app with the response cache and a watcher on a short interval; each answer says how many
 * statements its own request ran (the watcher's background reads are never in it).
 */
async function cachedApp() {
  changes = watchGraphChanges(t.graph, { intervalMs: 100 });
  const { query } = createTestApp(t, { changes });
  const ask = (source: string, variables: Record<string, unknown> = {}) => query<Counterparts>(source, variables);
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
    expect(again.data).toEqual(first.data);
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
    expect(after.data?.person?.counterparts[0]?.meetingCount).toBe(2);
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
    await waitFor(async () => (await ask(COUNTERPARTS, { name: 'Ada Quennell' })).data?.person?.counterparts[0]?.meetingCount === 2, {
      what: 'the answer to count the meeting another process stored',
    });
  });

  test('errors and mutations are never stored', async () => {
    const ask = await cachedApp();
    // Partly answered, partly refused: the answered part ran Cypher, and runs it again.
    await ingest(t.graph, envoyArticle('https://c.example/1', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }]));
    const partly = `query { person(name: "Ada Quennell") { id meetings(first: -1) { totalCount } } }`;
    const first = await ask(partly);
    expect(first.errors).toHaveLength(1);
    expect(first.statements).toBeGreaterThan(0);
    expect((await ask(partly)).statements).toBe(first.statements);
    const mutation = `mutation ($input: TriplesInput!) { ingestTriples(input: $input) { status } }`;
    const input = envoyArticle('https://c.example/m', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }]);
    const once = await ask(mutation, { input });
    const second = await ask(mutation, { input });
    expect([once, second].map((r) => (r.data as unknown as { ingestTriples: { status: string } }).ingestTriples.status)).toEqual(['created', 'unchanged']);
    expect(second.statements).toBeGreaterThan(0);
  });
});
