import { describe, expect, test } from 'vitest';
import type { ArticleTriplesInput } from '../../src/extract/index.ts';
import { ingestBatch, ingestBatches, ingestTriples } from '../../src/pipeline.ts';
import { generateArticles } from '../helpers/generate-articles.ts';
import { envoyArticle } from '../helpers/meeting-triples.ts';
import { staleParticipantKeys } from '../helpers/participant-keys.ts';
import { projectionDrift } from '../helpers/projection.ts';
import { seedTriples } from '../helpers/triples.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();

/** The stored graph without clocks: every node by its key and every edge by its ends. */
async function snapshot(): Promise<string[]> {
  const rows = await t.cypher<{ kind: string; labels: string[]; props: Record<string, unknown>; ends: string[] }>(
    `MATCH (n) WHERE NOT n:ParleyState AND NOT n:ParleyTestDatabase
     RETURN 'node' AS kind, labels(n) AS labels, properties(n) AS props, [] AS ends
     UNION ALL
     MATCH (a)-[r]->(b)
     RETURN 'edge' AS kind, [type(r)] AS labels, properties(r) AS props, [coalesce(a.id, a.url, a.key, a.from), coalesce(b.id, b.url, b.key, b.from)] AS ends`,
  );
  const clean = (props: Record<string, unknown>) =>
    Object.keys(props)
      .filter((k) => k !== 'createdAt' && k !== 'ingestedAt' && k !== 'at')
      .sort()
      .map((k) => `${k}=${Array.isArray(props[k]) ? JSON.stringify([...(props[k] as unknown[])].map(String).sort()) : String(props[k])}`);
  return rows.map((r) => `${r.kind} ${[...r.labels].sort().join(':')} ${r.ends.join(' -> ')} ${clean(r.props).join(' ')}`).sort();
}

/** Reports that overlap the way real feeds do: the same meeting twice, a URL updated, names shared. */
function overlappingArticles(): ArticleTriplesInput[] {
  const generated = generateArticles(60);
  return [
    seedTriples(),
    ...generated.slice(0, 30),
    envoyArticle('https://b.example/1', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }]),
    // The same meeting a day later (time zones), and undated: both join the first report.
    envoyArticle('https://b.example/2', [{ names: ['Bruno Okafor', 'Ada Quennell'], date: '2024-03-02' }]),
    envoyArticle('https://b.example/3', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: null }]),
    // An updated version of an article earlier in the same batch.
    envoyArticle('https://b.example/1', [{ names: ['Ada Quennell', 'Bruno Okafor', 'Chen Lirong'], date: '2024-03-01' }]),
    // A name the batch first met as another article's alias.
    envoyArticle('https://b.example/4', [{ names: ['Dara Mbeki', 'Bruno Okafor'], date: '2024-04-01' }]),
    ...generated.slice(20, 60),
    seedTriples(),
  ].map((article, i) =>
    article.url === 'https://b.example/4'
      ? { ...article, meetings: article.meetings.map((m) => ({ ...m, participants: m.participants.map((p) => (p.name === 'Dara Mbeki' ? { ...p, aliases: ['达拉'] } : p)) })) }
      : i === 5
        ? { ...article, meetings: article.meetings.map((m) => ({ ...m, participants: [...m.participants.slice(0, 1), { name: '达拉' }] })) }
        : article,
  );
}

describe('writing articles in batches', () => {
  test('a batch leaves the same graph as writing its articles one by one in order', async () => {
    const articles = overlappingArticles();
    const oneByOne: { status: string; meetingIds: readonly string[] }[] = [];
    for (const article of articles) {
      const result = await ingestTriples(t.deps, article);
      if (!result.success) throw result.error;
      oneByOne.push(result.data);
    }
    const sequential = await snapshot();
    expect(await projectionDrift(t)).toBeNull();
    expect(await staleParticipantKeys(t)).toEqual([]);

    await t.cypher('MATCH (n) WHERE NOT n:ParleyState AND NOT n:ParleyTestDatabase DETACH DELETE n');
    const batched = await ingestBatch(t.deps, articles);
    expect(batched.map((r) => (r.success ? { status: r.data.status, meetings: r.data.meetingIds } : r.error.message))).toEqual(
      oneByOne.map((r) => ({ status: r.status, meetings: r.meetingIds })),
    );
    expect(await snapshot()).toEqual(sequential);
    expect(await projectionDrift(t)).toBeNull();
    expect(await staleParticipantKeys(t)).toEqual([]);
    // The name first seen alone and later as an alias is one person, as it is one by one.
    const dara = await t.cypher<{ names: string[] }>(`MATCH (p:Person) WHERE '达拉' IN p.names RETURN p.names AS names`);
    expect(dara).toEqual([{ names: expect.arrayContaining(['达拉', 'Dara Mbeki']) }]);
  });

  test('batches prepared while the previous one is written leave the same graph as one by one', async () => {
    const articles = overlappingArticles();
    for (const article of articles) {
      const result = await ingestTriples(t.deps, article);
      if (!result.success) throw result.error;
    }
    const sequential = await snapshot();

    await t.cypher('MATCH (n) WHERE NOT n:ParleyState AND NOT n:ParleyTestDatabase DETACH DELETE n');
    // Slices of 7: the updated URL and the same meeting's reports fall into different batches.
    const slices = Array.from({ length: Math.ceil(articles.length / 7) }, (_, i) => articles.slice(i * 7, (i + 1) * 7));
    const outcomes: boolean[] = [];
    for await (const batch of ingestBatches(t.deps, slices)) outcomes.push(...batch.map((r) => r.success));
    expect(outcomes).toEqual(articles.map(() => true));
    expect(await snapshot()).toEqual(sequential);
    expect(await projectionDrift(t)).toBeNull();
  });

  test('bad records fail alone with their fields named, and the rest of the batch is stored', async () => {
    const outcomes = await ingestBatch(t.deps, [seedTriples(), { url: 'not a url', meetings: 'none' }, envoyArticle('https://b.example/9', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }])]);
    expect(outcomes.map((o) => o.success)).toEqual([true, false, true]);
    const bad = outcomes[1]!;
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['url', 'meetings']));
    const [row] = await t.cypher<{ articles: number }>('RETURN COUNT { (:Article) } AS articles');
    expect(row!.articles).toBe(2);
  });
});
