import { describe, expect, test } from 'vitest';
import { ingestTriples } from '../../src/pipeline.ts';
import { seedTriples, unknownPeopleTriples } from '../helpers/triples.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();

async function counts() {
  const [row] = await t.cypher<{ meetings: number; people: number; articles: number; reports: number; aliases: number }>(
    `RETURN COUNT { (:Meeting) } AS meetings, COUNT { (:Person) } AS people, COUNT { (:Article) } AS articles,
            COUNT { ()-[:REPORTED_BY]->() } AS reports, COUNT { (:Alias) } AS aliases`,
  );
  return row;
}

async function ingestOk(input: unknown) {
  const result = await ingestTriples(t.deps, input);
  if (!result.success) throw result.error;
  return result.data;
}

describe('writing an article', () => {
  test('stores the seed meeting with its participants, place, topics and evidence', async () => {
    const result = await ingestOk(seedTriples());
    expect(result.status).toBe('created');
    expect(result.meetingIds).toHaveLength(1);
    const [meeting] = await t.cypher<{ date: string; kind: string; people: string[]; place: string; topics: string[]; evidence: string }>(
      `MATCH (m:Meeting)-[r:REPORTED_BY]->(:Article)
       RETURN m.date AS date, m.kind AS kind, r.evidence AS evidence,
              [(p:Person)-[:ATTENDED]->(m) | p.id] AS people,
              [(m)-[:HELD_IN]->(pl:Place) | pl.id][0] AS place,
              [(m)-[:ABOUT]->(tp:Topic) | tp.id] AS topics`,
    );
    expect(meeting?.date).toBe('2025-02-20');
    expect(meeting?.kind).toBe('meeting');
    expect([...meeting!.people].sort()).toEqual(['person:sergei-lavrov', 'person:wang-yi']);
    expect(meeting?.place).toBe('place:johannesburg');
    expect(meeting?.topics).toContain('topic:relations-cn-ru');
    expect(meeting?.topics).toContain('topic:ukraine-crisis');
    expect(meeting?.evidence).toContain('会见俄罗斯外长拉夫罗夫');
    const roles = await t.cypher<{ id: string; role: string }>(`MATCH (p:Person)-[a:ATTENDED]->(:Meeting) RETURN p.id AS id, a.role AS role ORDER BY id`);
    expect(roles).toEqual([
      { id: 'person:sergei-lavrov', role: '外长' },
      { id: 'person:wang-yi', role: '外交部长' },
    ]);
  });

  test('the same article twice changes nothing', async () => {
    await ingestOk(seedTriples());
    const before = await counts();
    const again = await ingestOk(seedTriples());
    expect(again.status).toBe('unchanged');
    expect(await counts()).toEqual(before);
  });

  test('a changed article replaces its own statements and leaves other sources alone', async () => {
    await ingestOk(seedTriples());
    await ingestOk(unknownPeopleTriples('https://other.example/1', '2024-03-01'));
    const changed = seedTriples({ meetings: [{ ...seedTriples().meetings[0]!, date: '2025-02-19', topics: [{ name: '乌克兰危机' }] }] });
    const result = await ingestOk(changed);
    expect(result.status).toBe('replaced');
    const rows = await t.cypher<{ date: string; topics: string[]; url: string }>(
      `MATCH (m:Meeting)-[:REPORTED_BY]->(a:Article) RETURN m.date AS date, a.url AS url, [(m)-[:ABOUT]->(tp) | tp.id] AS topics ORDER BY url`,
    );
    expect(rows).toEqual([
      { date: '2025-02-19', url: 'https://news.example/zh/2025/02/21/wang-yi-lavrov', topics: ['topic:ukraine-crisis'] },
      { date: '2024-03-01', url: 'https://other.example/1', topics: [expect.stringMatching(/^topic:n-/)] },
    ]);
    // The old version's topics no longer have any statement, so they are gone too.
    expect(await t.cypher(`MATCH (tp:Topic {id: 'topic:relations-cn-ru'}) RETURN tp`)).toEqual([]);
  });

  test('an article that is replaced by one with no meetings leaves no orphans behind', async () => {
    await ingestOk(unknownPeopleTriples('https://other.example/2', '2024-03-02'));
    await ingestOk({ ...unknownPeopleTriples('https://other.example/2', '2024-03-02'), meetings: [] });
    expect(await t.cypher(`MATCH (n) WHERE NOT n:Article AND NOT n:ParleyTestDatabase RETURN labels(n) AS labels, n.key AS key, n.id AS id`)).toEqual([]);
  });

  test('a person the knowledge base does not know is one node across articles', async () => {
    await ingestOk(unknownPeopleTriples('https://other.example/a', '2024-03-01'));
    await ingestOk(unknownPeopleTriples('https://other.example/b', '2024-05-01', ['Ada Quennell', 'Chen Rutherford']));
    const people = await t.cypher<{ name: string }>(`MATCH (p:Person) RETURN p.name AS name ORDER BY name`);
    expect(people.map((p) => p.name)).toEqual(['Ada Quennell', 'Bruno Okafor', 'Chen Rutherford']);
  });

  test('reports of one meeting in three scripts become one meeting with three sources', async () => {
    await ingestOk(seedTriples());
    await ingestOk({
      ...seedTriples(),
      url: 'https://news.example/tw/wang-lavrov',
      lang: 'zh-Hant',
      meetings: [{ ...seedTriples().meetings[0]!, participants: [{ name: '王毅' }, { name: '拉夫羅夫' }], place: { city: '約翰尼斯堡' }, evidence: '王毅20日在約翰尼斯堡會晤俄羅斯外長拉夫羅夫。' }],
    });
    await ingestOk({
      ...seedTriples(),
      url: 'https://news.example/en/wang-lavrov',
      lang: 'en',
      meetings: [{ ...seedTriples().meetings[0]!, participants: [{ name: 'Wang Yi' }, { name: 'Sergei Lavrov' }], place: { city: 'Johannesburg' }, evidence: 'Wang Yi met Sergei Lavrov in Johannesburg.' }],
    });
    const rows = await t.cypher<{ sources: number }>(`MATCH (m:Meeting) RETURN COUNT { (m)-[:REPORTED_BY]->() } AS sources`);
    expect(rows).toEqual([{ sources: 3 }]);
    expect((await counts())?.people).toBe(2);
  });

  test('one report a day later (time zones) joins the meeting; a week later is a new meeting', async () => {
    await ingestOk(seedTriples());
    await ingestOk({ ...seedTriples(), url: 'https://news.example/next-day', meetings: [{ ...seedTriples().meetings[0]!, date: '2025-02-21' }] });
    expect((await counts())?.meetings).toBe(1);
    const reasons = await t.cypher<{ url: string; reason: string | null }>('MATCH (:Meeting)-[r:REPORTED_BY]->(a:Article) RETURN a.url AS url, r.matchReason AS reason ORDER BY url');
    expect(reasons).toEqual([
      { url: 'https://news.example/next-day', reason: 'one_day_apart' },
      { url: seedTriples().url, reason: null },
    ]);
    await ingestOk({ ...seedTriples(), url: 'https://news.example/next-week', meetings: [{ ...seedTriples().meetings[0]!, date: '2025-02-27' }] });
    expect((await counts())?.meetings).toBe(2);
  });
});

describe('bad input', () => {
  test.each([
    ['no url', { ...seedTriples(), url: undefined }, 'url'],
    ['an unknown language', { ...seedTriples(), lang: 'fr' }, 'lang'],
    ['one participant', { ...seedTriples(), meetings: [{ ...seedTriples().meetings[0]!, participants: [{ name: '王毅' }] }] }, 'meetings.0.participants'],
    ['a date that does not exist', { ...seedTriples(), meetings: [{ ...seedTriples().meetings[0]!, date: '2025-02-30' }] }, 'meetings.0.date'],
    ['an empty evidence sentence', { ...seedTriples(), meetings: [{ ...seedTriples().meetings[0]!, evidence: '  ' }] }, 'meetings.0.evidence'],
    ['a number for a name', { ...seedTriples(), meetings: [{ ...seedTriples().meetings[0]!, participants: [{ name: 42 }, { name: 'x' }] }] }, 'meetings.0.participants.0.name'],
    ['not an object', 'hello', '(root)'],
  ])('%s is refused naming the field, and nothing is stored', async (_, input, path) => {
    const result = await ingestTriples(t.deps, input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('BAD_USER_INPUT');
    expect(result.error.issues.map((issue) => issue.path)).toContain(path);
    expect(await counts()).toEqual({ meetings: 0, people: 0, articles: 0, reports: 0, aliases: 0 });
  });

  test('names that look like Cypher are stored as plain data', async () => {
    const names: [string, string] = ["'}) DETACH DELETE n //", '王毅"; MATCH (n) DETACH DELETE n'];
    await ingestOk(unknownPeopleTriples('https://other.example/inject', '2024-01-01', names));
    const found = await t.cypher<{ text: string; nodes: number }>(
      `UNWIND $names AS text RETURN text, COUNT { (p:Person) WHERE text IN p.names } AS nodes`,
      { names },
    );
    expect(found).toEqual(names.map((text) => ({ text, nodes: 1 })));
    expect((await counts())?.meetings).toBe(1);
  });
});
