import { describe, expect, test } from 'vitest';
import { ingestTriples } from '../../src/pipeline.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { seedTriples, unknownPeopleTriples } from '../helpers/triples.ts';

const t = useTestGraph();
const api = createTestApp(t);

async function ingest(input: unknown) {
  const result = await ingestTriples(t.deps, input);
  if (!result.success) throw result.error;
}

async function personId(name: string): Promise<string> {
  const response = await api.query<{ person: { id: string } | null }>(`query ($name: String) { person(name: $name) { id } }`, { name });
  return response.data!.person!.id;
}

const people = () => t.cypher<{ name: string }>('MATCH (p:Person) RETURN p.name AS name ORDER BY name').then((rows) => rows.map((r) => r.name));
const meetings = () => t.cypher<{ sources: number }>('MATCH (m:Meeting) RETURN COUNT { (m)-[:REPORTED_BY]->() } AS sources ORDER BY sources');

const MERGE = `mutation ($keep: ID!, $remove: ID!) { mergeEntities(keepId: $keep, removeId: $remove, reason: "same envoy") { meetingsMerged curation { action by reason } } }`;

/** Two reports of one meeting that spell one envoy two ways, so they start as two people. */
async function twoSpellings() {
  await ingest(unknownPeopleTriples('https://a.example/1', '2024-01-01', ['Ada Quennell', 'Bruno Okafor']));
  await ingest(unknownPeopleTriples('https://b.example/1', '2024-01-01', ['Adaline Quennel', 'Bruno Okafor']));
  return { keep: await personId('Ada Quennell'), remove: await personId('Adaline Quennel') };
}

describe('curation', () => {
  test('a merge makes one person and one meeting with both sources, and logs who and why', async () => {
    const { keep, remove } = await twoSpellings();
    expect(await people()).toEqual(['Ada Quennell', 'Adaline Quennel', 'Bruno Okafor']);
    const response = await api.app.fetch('http://parley.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-parley-user': 'analyst-7' },
      body: JSON.stringify({ query: MERGE, variables: { keep, remove } }),
    });
    const body = (await response.json()) as { data: { mergeEntities: unknown } };
    expect(body.data.mergeEntities).toEqual({ meetingsMerged: 1, curation: { action: 'merge', by: 'analyst-7', reason: 'same envoy' } });
    expect(await people()).toEqual(['Ada Quennell', 'Bruno Okafor']);
    expect(await meetings()).toEqual([{ sources: 2 }]);
    const names = await t.cypher<{ names: string[] }>('MATCH (p:Person {id: $keep}) RETURN p.names AS names', { keep });
    expect(names[0]?.names).toEqual(expect.arrayContaining(['Ada Quennell', 'Adaline Quennel']));
  });

  test('after a merge, re-ingesting a changed article does not split the person again', async () => {
    const { keep, remove } = await twoSpellings();
    await api.query(MERGE, { keep, remove });
    await ingest({ ...unknownPeopleTriples('https://b.example/1', '2024-01-01', ['Adaline Quennel', 'Bruno Okafor']), title: 'Envoys meet again' });
    await ingest(unknownPeopleTriples('https://c.example/1', '2024-06-01', ['Adaline Quennel', 'Bruno Okafor']));
    expect(await people()).toEqual(['Ada Quennell', 'Bruno Okafor']);
    expect(await meetings()).toEqual([{ sources: 1 }, { sources: 2 }]);
  });

  test('a split undoes the merge: two people and two meetings again', async () => {
    const { keep, remove } = await twoSpellings();
    await api.query(MERGE, { keep, remove });
    const split = await api.query<{ splitEntity: { articlesRebuilt: number; curation: { action: string } } }>(
      `mutation ($id: ID!, $removed: ID!) { splitEntity(id: $id, removedId: $removed) { articlesRebuilt curation { action } } }`,
      { id: keep, removed: remove },
    );
    expect(split.errors).toBeUndefined();
    expect(split.data?.splitEntity).toEqual({ articlesRebuilt: 2, curation: { action: 'split' } });
    expect(await people()).toEqual(['Ada Quennell', 'Adaline Quennel', 'Bruno Okafor']);
    expect(await meetings()).toEqual([{ sources: 1 }, { sources: 1 }]);
  });

  test('retracting one of two reports keeps the meeting; retracting the last removes it and its people', async () => {
    await ingest(seedTriples());
    const english = { ...seedTriples(), url: 'https://news.example/en/1', lang: 'en' as const };
    await ingest(english);
    const retract = `mutation ($url: String!) { retractArticle(url: $url, reason: "duplicate feed") { curation { action reason } } }`;
    const first = await api.query<{ retractArticle: unknown }>(retract, { url: english.url });
    expect(first.data?.retractArticle).toEqual({ curation: { action: 'retract', reason: 'duplicate feed' } });
    expect(await meetings()).toEqual([{ sources: 1 }]);
    await api.query(retract, { url: seedTriples().url });
    expect(await meetings()).toEqual([]);
    expect(await people()).toEqual([]);
    const log = await t.cypher<{ action: string }>('MATCH (c:Curation) RETURN c.action AS action');
    expect(log).toEqual([{ action: 'retract' }, { action: 'retract' }]);
  });

  test('an alias added by hand finds the person and links later articles to it', async () => {
    await ingest(unknownPeopleTriples('https://a.example/1', '2024-01-01', ['Ada Quennell', 'Bruno Okafor']));
    const id = await personId('Ada Quennell');
    const added = await api.query(`mutation ($id: ID!) { addAlias(id: $id, alias: "艾达·昆内尔") { curation { action } } }`, { id });
    expect(added.errors).toBeUndefined();
    expect(await personId('艾达昆内尔')).toBe(id);
    await ingest(unknownPeopleTriples('https://zh.example/1', '2024-02-01', ['艾达·昆内尔', 'Bruno Okafor']));
    expect(await people()).toEqual(['Ada Quennell', 'Bruno Okafor']);
  });

  test.each([
    ['an unknown id', { keep: 'person:nobody', remove: 'person:wang-yi' }, 'NOT_FOUND'],
    ['a person into a place', { keep: 'place:johannesburg', remove: 'person:wang-yi' }, 'BAD_USER_INPUT'],
    ['an entity into itself', { keep: 'person:wang-yi', remove: 'person:wang-yi' }, 'BAD_USER_INPUT'],
  ])('merging %s is refused with %s and changes nothing', async (_, variables, code) => {
    await ingest(seedTriples());
    const before = await t.cypher('MATCH (n) RETURN count(n) AS n');
    const response = await api.query(MERGE, variables);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(await t.cypher('MATCH (n) RETURN count(n) AS n')).toEqual(before);
  });
});
