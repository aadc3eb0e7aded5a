import { describe, expect, test } from 'vitest';
import { ingestTriples } from '../../src/pipeline.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { envoyArticle } from '../helpers/meeting-triples.ts';
import { staleParticipantKeys } from '../helpers/participant-keys.ts';
import { seedTriples, unknownPeopleTriples } from '../helpers/triples.ts';

const t = useTestGraph();
const api = createTestApp(t);

async function ingest(input: unknown) {
  const result = await ingestTriples(t.deps, input);
  if (!result.success) throw result.error;
}

describe('the seed meeting through the API', () => {
  test('ingested twice, it is one meeting found by name, by participants and in the network', async () => {
    await ingest(seedTriples());
    await ingest(seedTriples());
    const person = await api.query<{ person: { id: string; name: string; meetings: { totalCount: number; edges: { node: { date: string; place: { name: string }; participants: { name: string }[]; topics: { id: string }[]; sources: { evidence: string; article: { url: string } }[] } }[] } } }>(
      `{ person(name: "王毅") { id name meetings { totalCount edges { node { date place { name } participants { name } topics { id } sources { evidence article { url } } } } } } }`,
    );
    expect(person.errors).toBeUndefined();
    expect(person.data?.person.id).toBe('person:wang-yi');
    expect(person.data?.person.meetings.totalCount).toBe(1);
    const meeting = person.data!.person.meetings.edges[0]!.node;
    expect(meeting.date).toBe('2025-02-20');
    expect(meeting.place.name).toBe('Johannesburg');
    expect(meeting.participants.map((p) => p.name).sort()).toEqual(['Sergei Lavrov', 'Wang Yi']);
    expect(meeting.topics.map((topic) => topic.id)).toEqual(expect.arrayContaining(['topic:relations-cn-ru', 'topic:ukraine-crisis']));
    expect(meeting.sources).toEqual([{ evidence: seedTriples().meetings[0]!.evidence, article: { url: seedTriples().url } }]);

    const filtered = await api.query<{ meetings: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `query ($ids: [ID!]) { meetings(filter: { participants: $ids }) { totalCount edges { node { id } } } }`,
      { ids: ['person:wang-yi', 'person:sergei-lavrov'] },
    );
    expect(filtered.data?.meetings.totalCount).toBe(1);

    const network = await api.query<{ meetingNetwork: { nodes: { person: { id: string }; meetingCount: number; depth: number }[]; edges: { source: string; target: string; meetingCount: number; lastDate: string }[] } }>(
      `{ meetingNetwork(personId: "person:wang-yi") { nodes { person { id } meetingCount depth } edges { source target meetingCount lastDate } } }`,
    );
    expect(network.data?.meetingNetwork).toEqual({
      nodes: [
        { person: { id: 'person:wang-yi' }, meetingCount: 1, depth: 0 },
        { person: { id: 'person:sergei-lavrov' }, meetingCount: 1, depth: 1 },
      ],
      edges: [{ source: 'person:sergei-lavrov', target: 'person:wang-yi', meetingCount: 1, lastDate: '2025-02-20' }],
    });
  });

  test.each(['王毅', 'Wang Yi', 'wang yi', '外交部长王毅'])('person(name: %j) is Wang Yi', async (name) => {
    await ingest(seedTriples());
    const response = await api.query<{ person: { id: string } | null }>(`query ($name: String) { person(name: $name) { id } }`, { name });
    expect(response.data?.person?.id).toBe('person:wang-yi');
  });

  test('people(search) finds a person by a name in another script', async () => {
    await ingest(seedTriples());
    const response = await api.query<{ people: { id: string }[] }>(`{ people(search: "Lavrov") { id } }`);
    expect(response.data?.people.map((p) => p.id)).toEqual(['person:sergei-lavrov']);
  });

  test.each(['AND OR NOT', '"unclosed', 'a* ~b', '王毅 AND'])('people(search: %j) treats operators as words', async (search) => {
    const response = await api.query(`query ($s: String!) { people(search: $s) { id } }`, { s: search });
    expect(response.errors).toBeUndefined();
  });

  test('an unknown name is null, not an error', async () => {
    const response = await api.query(`{ person(name: "Nobody Atall") { id } }`);
    expect(response).toMatchObject({ status: 200, data: { person: null } });
    expect(response.errors).toBeUndefined();
  });
});

describe('meeting network depth', () => {
  // A chain Ann - Bo - Cy - Di, and Bo meets Cy twice: Cy has the most meetings.
  const chain = () =>
    envoyArticle('https://news.example/chain', [
      { names: ['Ann Ardent', 'Bo Brisk'], date: '2024-03-01' },
      { names: ['Bo Brisk', 'Cy Calder'], date: '2024-03-02' },
      { names: ['Bo Brisk', 'Cy Calder'], date: '2024-03-05', place: 'Geneva' },
      { names: ['Cy Calder', 'Di Dunmore'], date: '2024-03-03' },
    ]);
  type Net = { meetingNetwork: { nodes: { person: { name: string }; meetingCount: number; depth: number }[]; edges: { meetingCount: number }[] } };
  /** Ann's network: her id is the one the graph gave her. */
  const network = async (args: string) => {
    const people = await api.query<{ people: { id: string }[] }>(`{ people(search: "Ann Ardent") { id } }`);
    const response = await api.query<Net>(`query ($id: ID!) { meetingNetwork(personId: $id, ${args}) { nodes { person { name } meetingCount depth } edges { meetingCount } } }`, { id: people.data?.people[0]?.id });
    expect(response.errors).toBeUndefined();
    return response.data!.meetingNetwork;
  };

  test('depth 1 is the people met, depth 2 adds whom they met, each person once, ranked by meetings', async () => {
    await ingest(chain());

    const near = await network('depth: 1');
    expect(near.nodes.map((n) => [n.person.name, n.depth])).toEqual([['Ann Ardent', 0], ['Bo Brisk', 1]]);
    const far = await network('depth: 2');
    expect(far.nodes.map((n) => [n.person.name, n.meetingCount, n.depth])).toEqual([['Ann Ardent', 1, 0], ['Bo Brisk', 3, 1], ['Cy Calder', 3, 2]]);
    expect(far.edges.map((e) => e.meetingCount).sort()).toEqual([1, 2]);
  });

  test('a filter that keeps every meeting gives the same network as none; a narrower one drops what it excludes', async () => {
    await ingest(chain());
    expect(await network('depth: 2, from: "2000-01-01", to: "2100-01-01"')).toEqual(await network('depth: 2'));
    const early = await network('depth: 2, to: "2024-03-02"');
    expect(early.nodes.map((n) => [n.person.name, n.meetingCount])).toEqual([['Ann Ardent', 1], ['Bo Brisk', 2], ['Cy Calder', 1]]);
  });
});

describe('meetings connection', () => {
  test('pages newest first with cursors and a total', async () => {
    for (const [index, date] of ['2024-01-01', '2024-02-01', '2024-03-01'].entries()) {
      await ingest(unknownPeopleTriples(`https://other.example/${index}`, date, ['Ada Quennell', `Person Number${index}`]));
    }
    const page1 = await api.query<{ meetings: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { date: string } }[] } }>(
      `{ meetings(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { date } } } }`,
    );
    expect(page1.data?.meetings.totalCount).toBe(3);
    expect(page1.data?.meetings.edges.map((e) => e.node.date)).toEqual(['2024-03-01', '2024-02-01']);
    expect(page1.data?.meetings.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.query<{ meetings: { pageInfo: { hasNextPage: boolean }; edges: { node: { date: string } }[] } }>(
      `query ($after: String) { meetings(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { date } } } }`,
      { after: page1.data?.meetings.pageInfo.endCursor },
    );
    expect(page2.data?.meetings.edges.map((e) => e.node.date)).toEqual(['2024-01-01']);
    expect(page2.data?.meetings.pageInfo.hasNextPage).toBe(false);
  });

  test.each([
    [{ from: '2024-02-01' }, ['2024-03-01', '2024-02-01']],
    [{ to: '2024-01' }, ['2024-01-01']],
    [{ kind: 'phone_call' }, []],
    [{ place: 'Geneva' }, ['2024-03-01', '2024-02-01', '2024-01-01']],
    [{ country: 'CH' }, ['2024-03-01', '2024-02-01', '2024-01-01']],
    [{ topic: 'water rights' }, ['2024-03-01', '2024-02-01', '2024-01-01']],
    [{ topic: 'no such topic' }, []],
  ])('filter %j gives %j', async (filter, dates) => {
    for (const [index, date] of ['2024-01-01', '2024-02-01', '2024-03-01'].entries()) {
      await ingest(unknownPeopleTriples(`https://other.example/${index}`, date, ['Ada Quennell', `Person Number${index}`]));
    }
    const response = await api.query<{ meetings: { edges: { node: { date: string } }[] } }>(
      `query ($filter: MeetingFilter) { meetings(filter: $filter) { edges { node { date } } } }`,
      { filter },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.meetings.edges.map((e) => e.node.date)).toEqual(dates);
  });
});

describe('meetings of two people (the pair index)', () => {
  async function idOf(name: string): Promise<string> {
    const [row] = await t.cypher<{ id: string }>('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name });
    return row!.id;
  }

  /** Every page of meetings(filter), following the cursors. */
  async function allPages(filter: Record<string, unknown>): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = { meetings: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } };
      const response: { data?: Page | null; errors?: unknown } = await api.query<Page>(
        `query ($filter: MeetingFilter, $after: String) { meetings(filter: $filter, first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { filter, after },
      );
      expect(response.errors).toBeUndefined();
      ids.push(...response.data!.meetings.edges.map((e) => e.node.id));
      if (!response.data!.meetings.pageInfo.hasNextPage) return ids;
      after = response.data!.meetings.pageInfo.endCursor;
    }
  }

  /** The same answer straight from attendance, newest first. */
  async function attendedByAll(ids: string[], from: string | null, to: string | null): Promise<string[]> {
    const rows = await t.cypher<{ id: string }>(
      `MATCH (m:Meeting) WHERE all(id IN $ids WHERE exists { (:Person {id: id})-[:ATTENDED]->(m) })
         AND ($from IS NULL OR m.day >= date($from)) AND ($to IS NULL OR m.day <= date($to))
       RETURN m.id AS id ORDER BY m.sortKey DESC`,
      { ids, from, to },
    );
    return rows.map((r) => r.id);
  }

  test.each([
    [null, null],
    ['2024-02-01', null],
    [null, '2024-05-01'],
    ['2024-02-01', '2024-04-30'],
  ])('lists bilateral and multilateral meetings newest first across pages, from %s to %s', async (from, to) => {
    await ingest(envoyArticle('https://pair.example/1', [
      { names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-01-10' },
      { names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-05', place: 'Geneva' },
      { names: ['Ada Quennell', 'Chen Lirong'], date: '2024-03-06' },
    ]));
    await ingest(envoyArticle('https://pair.example/2', [
      { names: ['Chen Lirong', 'Bruno Okafor', 'Ada Quennell', 'Dara Mbeki'], date: '2024-04-30' },
      { names: ['Bruno Okafor', 'Ada Quennell'], date: '2024-05-02', kind: 'phone_call' },
      { names: ['Ada Quennell', 'Bruno Okafor'], date: null, kind: 'meeting' },
    ]));
    const ids = [await idOf('Ada Quennell'), await idOf('Bruno Okafor')];
    const expected = await attendedByAll(ids, from, to);
    expect(expected.length).toBeGreaterThan(1);
    expect(await allPages({ participants: ids, from, to })).toEqual(expected);
    const total = await api.query<{ meetings: { totalCount: number } }>(`query ($filter: MeetingFilter) { meetings(filter: $filter) { totalCount } }`, { filter: { participants: ids, from, to } });
    expect(total.data?.meetings.totalCount).toBe(expected.length);
    const withChen = [...ids, await idOf('Chen Lirong')];
    expect(await allPages({ participants: withChen, from, to })).toEqual(await attendedByAll(withChen, from, to));
  });

  test('a meeting whose date arrives with a later report moves to its place in the list', async () => {
    await ingest(envoyArticle('https://pair.example/undated', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: null, kind: 'phone_call' }]));
    await ingest(envoyArticle('https://pair.example/old', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2023-01-01' }]));
    const ids = [await idOf('Ada Quennell'), await idOf('Bruno Okafor')];
    expect(await allPages({ participants: ids, from: '2023-01-01' })).toHaveLength(1);
    await ingest(envoyArticle('https://pair.example/dated', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-07-01', kind: 'phone_call' }]));
    const listed = await allPages({ participants: ids, from: '2023-01-01' });
    expect(listed).toEqual(await attendedByAll(ids, '2023-01-01', null));
    expect(listed).toHaveLength(2);
    expect(await staleParticipantKeys(t)).toEqual([]);
  });
});

describe('query cost', () => {
  test('a nested query runs the same number of statements for 2 meetings as for 8', async () => {
    const nested = `{ meetings(first: 50) { totalCount edges { node { participants { name country { name } counterparts(first: 3) { person { name } meetingCount } meetings(first: 2) { edges { node { id } } } } place { name } topics { name } sources { evidence } } } } }`;
    const run = async () => {
      const response = await api.query(nested);
      expect(response.errors).toBeUndefined();
      return response.statements;
    };
    for (let i = 0; i < 2; i++) await ingest(unknownPeopleTriples(`https://small.example/${i}`, `2024-01-0${i + 1}`, ['Ada Quennell', `Small Person${i}`]));
    const small = await run();
    for (let i = 0; i < 6; i++) await ingest(unknownPeopleTriples(`https://large.example/${i}`, `2024-02-0${i + 1}`, [`Large Person${i}`, `Other Person${i}`]));
    const large = await run();
    expect(small).toBeGreaterThan(0);
    expect(small).toBe(large);
    expect(large).toBeLessThanOrEqual(8);
  });
});

describe('errors', () => {
  test('bad triples are BAD_USER_INPUT naming the field, and nothing is stored', async () => {
    const input = { ...seedTriples(), meetings: [{ ...seedTriples().meetings[0]!, date: '2025-13-01' }] };
    const response = await api.query(`mutation ($input: TriplesInput!) { ingestTriples(input: $input) { status } }`, { input });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'meetings.0.date' }] });
    expect(await t.cypher('MATCH (n) WHERE NOT n:ParleyTestDatabase RETURN n')).toEqual([]);
  });

  test('ingestTriples reports created, then unchanged', async () => {
    const mutation = `mutation ($input: TriplesInput!) { ingestTriples(input: $input) { status meetingCount mergedMeetingCount article { url meetings { id } } } }`;
    const first = await api.query<{ ingestTriples: { status: string; meetingCount: number } }>(mutation, { input: seedTriples() });
    expect(first.data?.ingestTriples).toMatchObject({ status: 'created', meetingCount: 1 });
    const second = await api.query<{ ingestTriples: { status: string } }>(mutation, { input: seedTriples() });
    expect(second.data?.ingestTriples.status).toBe('unchanged');
  });

  test('a cursor the API did not give out is BAD_USER_INPUT', async () => {
    const response = await api.query(`{ meetings(after: "bm9wZQ") { totalCount } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a page larger than the maximum is refused', async () => {
    const response = await api.query(`{ meetings(first: 101) { totalCount } }`);
    expect(response.errors?.[0]?.message).toBe('first: must be an integer from 0 to 100');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('/health is 200 while Neo4j answers', async () => {
    const response = await api.app.fetch('http://parley.test/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
