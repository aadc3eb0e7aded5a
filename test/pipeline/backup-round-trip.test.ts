import { expect, test } from 'vitest';
import { exportGraph, importGraph } from '../../src/backup.ts';
import { ingestTriples } from '../../src/pipeline.ts';
import { addAlias, mergeEntities } from '../../src/store/index.ts';
import { useTestGraph, type TestGraph } from '../helpers/test-graph.ts';
import { seedTriples, unknownPeopleTriples } from '../helpers/triples.ts';

const t = useTestGraph();

/** Everything an analyst can see, in a canonical order, so two graphs compare with toEqual. */
async function fingerprint(graph: TestGraph) {
  const meetings = await graph.cypher(
    `MATCH (m:Meeting)
     CALL (m) { MATCH (p:Person)-[:ATTENDED]->(m) WITH p ORDER BY p.id RETURN collect(p.id) AS people }
     CALL (m) { MATCH (m)-[:ABOUT]->(tp:Topic) WITH tp ORDER BY tp.id RETURN collect(tp.id) AS topics }
     CALL (m) { MATCH (m)-[r:REPORTED_BY]->(a:Article) WITH r, a ORDER BY a.url RETURN collect([a.url, r.evidence]) AS sources }
     RETURN m.id AS id, m.date AS date, m.kind AS kind, people, topics, sources, [(m)-[:HELD_IN]->(pl) | pl.id] AS place
     ORDER BY id`,
  );
  const people = await graph.cypher(
    `MATCH (p:Person) UNWIND p.names AS name WITH p, name ORDER BY name RETURN p.id AS id, p.name AS name, collect(name) AS names ORDER BY id`,
  );
  const [counts] = await graph.cypher(
    `RETURN COUNT { (:Alias) } AS aliases, COUNT { (:Redirect) } AS redirects, COUNT { (:Curation) } AS curations, COUNT { (:Article) } AS articles, COUNT { ()-[:MENTIONS]->() } AS mentions`,
  );
  return { meetings, people, counts };
}

async function ingest(input: unknown) {
  const result = await ingestTriples(t.deps, input);
  if (!result.success) throw result.error;
}

test('export then import into an empty database rebuilds an equal graph, curation included', async () => {
  await ingest(seedTriples());
  await ingest(unknownPeopleTriples('https://a.example/1', '2024-01-01', ['Ada Quennell', 'Bruno Okafor']));
  await ingest(unknownPeopleTriples('https://b.example/1', '2024-01-01', ['Adaline Quennel', 'Bruno Okafor']));
  const [keep, remove] = (await t.cypher<{ id: string }>(`MATCH (p:Person) WHERE p.name IN ['Ada Quennell', 'Adaline Quennel'] RETURN p.id AS id ORDER BY p.name`)).map((r) => r.id);
  await mergeEntities(t.graph, keep!, remove!, { by: 'analyst', reason: 'same envoy' });
  await addAlias(t.graph, 'person:wang-yi', '王外长', '王外长', { by: 'analyst', reason: null });
  const before = await fingerprint(t);

  const lines: string[] = [];
  expect(await exportGraph(t.deps, (line) => void lines.push(line))).toEqual({ articles: 3, curations: 2 });
  await t.wipe();
  expect(await importGraph(t.deps, lines)).toEqual({ articles: 3, curations: 2 });

  expect(await fingerprint(t)).toEqual(before);
  expect(before.counts).toMatchObject({ redirects: 1, curations: 2, articles: 3 });
});

test('a bad backup line is refused with its line number and field', async () => {
  await expect(importGraph(t.deps, ['{"type":"article","triples":{"url":"https://x.example/1","lang":"en"}}'])).rejects.toMatchObject({
    code: 'BAD_USER_INPUT',
    issues: [{ path: 'line 1.meetings' }],
  });
});
