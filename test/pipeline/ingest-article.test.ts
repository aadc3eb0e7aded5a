import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ingestArticle } from '../../src/pipeline.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();
const SEED_DIR = new URL('../../../shared/seed/', import.meta.url);

test('the seed page, extracted and ingested, is the Wang Yi–Lavrov meeting in Johannesburg on 2025-02-20', async () => {
  const file = readdirSync(SEED_DIR).find((name) => name.endsWith('.txt'))!;
  const text = readFileSync(new URL(file, SEED_DIR), 'utf8');
  const result = await ingestArticle(t.deps, { url: 'https://seed.example/wang-lavrov', published: '2025-02-21', text });
  expect(result.success).toBe(true);
  const meetings = await t.cypher<{ date: string; people: string[]; place: string | null }>(
    `MATCH (m:Meeting) RETURN m.date AS date, [(p:Person)-[:ATTENDED]->(m) | p.id] AS people, [(m)-[:HELD_IN]->(pl) | pl.id][0] AS place`,
  );
  expect(meetings).toHaveLength(1);
  expect(meetings[0]!.date).toBe('2025-02-20');
  expect([...meetings[0]!.people].sort()).toEqual(['person:sergei-lavrov', 'person:wang-yi']);
  expect(meetings[0]!.place).toBe('place:johannesburg');
});

test('an article with neither text nor html is refused naming the field, and nothing is stored', async () => {
  const result = await ingestArticle(t.deps, { url: 'https://x.example/1', text: '   ' });
  expect(result.success).toBe(false);
  if (!result.success) expect(result.error.issues.map((i) => i.path)).toEqual(['text']);
  expect(await t.cypher('MATCH (n) WHERE NOT n:ParleyTestDatabase RETURN n')).toEqual([]);
});
