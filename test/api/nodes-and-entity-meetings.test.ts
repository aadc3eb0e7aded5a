import { describe, expect, test } from 'vitest';
import { ingestTriples } from '../../src/pipeline.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { seedTriples } from '../helpers/triples.ts';

const t = useTestGraph();
const api = createTestApp(t);

async function ingest(input: unknown) {
  const result = await ingestTriples(t.deps, input);
  if (!result.success) throw result.error;
}

/** The seed meeting and a second one of Wang Yi's, in Paris with a French minister, on another topic. */
async function ingestTwoMeetings() {
  await ingest(seedTriples());
  await ingest({
    url: 'https://news.example/en/2025/03/02/wang-yi-paris',
    title: 'Wang Yi in Paris',
    published: '2025-03-02',
    lang: 'en',
    meetings: [
      {
        kind: 'talks',
        participants: [
          { name: 'Wang Yi', aliases: [], title: 'Foreign Minister', country: 'China' },
          { name: 'Claire Delorme-Vasseur', aliases: [], title: 'Minister', country: 'France' },
        ],
        date: '2025-03-01',
        place: { city: 'Paris', country: 'France', aliases: [] },
        topics: [{ name: 'climate change' }],
        evidence: 'Wang Yi held talks with Claire Delorme-Vasseur in Paris on March 1.',
        confidence: 0.9,
      },
    ],
  });
}

// The refetch a Relay client sends for a fragment container: `node(id:)` and an inline fragment per type.
const REFETCH = `query RefetchQuery($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Person { name }
    ... on Meeting { date participants { id } }
    ... on Place { name country { iso2 } }
    ... on Country { iso2 name }
    ... on Topic { name }
  }
}`;

describe('Relay global object identification', () => {
  test('every id the API hands out refetches the same object through node(id)', async () => {
    await ingestTwoMeetings();
    const listed = await api.query<{ meetings: { edges: { node: { id: string; place: { id: string; country: { id: string } }; participants: { id: string }[]; topics: { id: string }[] } }[] } }>(
      `{ meetings { edges { node { id place { id country { id } } participants { id } topics { id } } } } }`,
    );
    const meetings = listed.data!.meetings.edges.map((e) => e.node);
    expect(meetings).toHaveLength(2);
    const ids = [...new Set(meetings.flatMap((m) => [m.id, m.place.id, m.place.country.id, ...m.participants.map((p) => p.id), ...m.topics.map((x) => x.id)]))];
    const typeOf = { meeting: 'Meeting', person: 'Person', place: 'Place', country: 'Country', topic: 'Topic' } as Record<string, string>;
    for (const id of ids) {
      const response = await api.query<{ node: { __typename: string; id: string } | null }>(REFETCH, { id });
      expect(response.errors).toBeUndefined();
      expect(response.data?.node).toMatchObject({ id, __typename: typeOf[id.split(':')[0]!] });
    }
    const wang = await api.query<{ node: { name: string } }>(REFETCH, { id: 'person:wang-yi' });
    expect(wang.data?.node.name).toBe('Wang Yi');
    const seed = await api.query<{ node: { date: string; participants: { id: string }[] } }>(REFETCH, { id: meetings.find((m) => m.place.country.id === 'country:za')!.id });
    expect(seed.data?.node.date).toBe('2025-02-20');
  });

  test.each(['person:nobody-at-all', 'meeting:0000', 'nonsense', '', 'organization:un', 'country:zz'])('node(id: %j) is null, not an error', async (id) => {
    await ingestTwoMeetings();
    const response = await api.query<{ node: unknown }>(REFETCH, { id });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toBeNull();
  });

  test('nodes(ids) answers in the order asked, null where nothing has the id, in one statement per kind', async () => {
    await ingestTwoMeetings();
    const ids = ['topic:ukraine-crisis', 'person:nobody', 'person:sergei-lavrov', 'country:cn', 'person:wang-yi'];
    const response = await api.query<{ nodes: ({ id: string; __typename: string } | null)[] }>(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(response.data?.nodes).toEqual([
      { __typename: 'Topic', id: 'topic:ukraine-crisis' },
      null,
      { __typename: 'Person', id: 'person:sergei-lavrov' },
      { __typename: 'Country', id: 'country:cn' },
      { __typename: 'Person', id: 'person:wang-yi' },
    ]);
    // People in one statement, the topic and the country in another.
    expect(response.statements).toBe(2);
  });

  test('more than 100 ids are refused, naming the field', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `person:p${i}`);
    const response = await api.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(response.errors?.[0]).toMatchObject({ message: 'ids: at most 100 ids', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('country(id | iso2 | name)', () => {
  test.each([
    ['iso2: "CN"'],
    ['iso2: "cn"'],
    ['name: "China"'],
    ['name: "中国"'],
    ['name: "中國"'],
    ['id: "country:cn"'],
  ])('country(%s) is China', async (args) => {
    await ingestTwoMeetings();
    const response = await api.query<{ country: { id: string; iso2: string; name: string } }>(`{ country(${args}) { id iso2 name } }`);
    expect(response.data?.country).toEqual({ id: 'country:cn', iso2: 'CN', name: 'China' });
  });

  test('a country no meeting has reached yet is known, with no meetings; an unknown one is null', async () => {
    await ingestTwoMeetings();
    const response = await api.query<{ known: { name: string; meetings: { totalCount: number } }; unknown: unknown }>(
      `{ known: country(name: "Uruguay") { name meetings { totalCount } } unknown: country(name: "Atlantis") { name } }`,
    );
    expect(response.data).toEqual({ known: { name: 'Uruguay', meetings: { totalCount: 0 } }, unknown: null });
  });

  test.each([
    ['', 'country: give exactly one of id, iso2 and name'],
    ['iso2: "CN", name: "China"', 'country: give exactly one of id, iso2 and name'],
    ['iso2: "CHN"', 'iso2: two letters (ISO 3166 alpha-2)'],
  ])('country(%s) is refused with a message naming the field', async (args, message) => {
    const response = await api.query(`{ country${args ? `(${args})` : ''} { id } }`);
    expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('meetings from every entity', () => {
  type Connection = { totalCount: number; edges: { node: { date: string } }[] };
  const dates = (c: Connection) => c.edges.map((e) => e.node.date);

  test('Country.meetings are those someone from the country attended, as the countries filter gives them', async () => {
    await ingestTwoMeetings();
    const response = await api.query<{ cn: { meetings: Connection }; fr: { meetings: Connection }; za: { meetings: Connection }; filtered: Connection }>(
      `{ cn: country(iso2: "CN") { meetings { totalCount edges { node { date } } } }
         fr: country(name: "法国") { meetings { totalCount edges { node { date } } } }
         za: country(iso2: "ZA") { meetings { totalCount edges { node { date } } } }
         filtered: meetings(filter: { countries: ["CN", "RU"] }) { totalCount edges { node { date } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(dates(response.data!.cn.meetings)).toEqual(['2025-03-01', '2025-02-20']);
    expect(dates(response.data!.fr.meetings)).toEqual(['2025-03-01']);
    // South Africa hosted the seed meeting, but no South African took part.
    expect(response.data!.za.meetings.totalCount).toBe(0);
    expect(dates(response.data!.filtered)).toEqual(['2025-02-20']);
  });

  test('Topic.meetings and Place.meetings list their meetings, within the filter', async () => {
    await ingestTwoMeetings();
    const response = await api.query<{ topics: { id: string; meetings: Connection }[]; places: { meetings: Connection }[] }>(
      `{ topics(search: "Ukraine crisis", first: 1) { id meetings { totalCount edges { node { date } } } }
         places(search: "Paris", first: 1) { meetings(filter: { countries: ["CN"] }) { totalCount edges { node { date } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.topics[0]).toMatchObject({ id: 'topic:ukraine-crisis', meetings: { totalCount: 1 } });
    expect(dates(response.data!.topics[0]!.meetings)).toEqual(['2025-02-20']);
    expect(dates(response.data!.places[0]!.meetings)).toEqual(['2025-03-01']);
  });

  test("a filter naming another topic than the field's own gives no meetings", async () => {
    await ingestTwoMeetings();
    const response = await api.query<{ node: { meetings: Connection } }>(
      `{ node(id: "topic:ukraine-crisis") { ... on Topic { meetings(filter: { topic: "climate change" }) { totalCount edges { node { date } } } } } }`,
    );
    expect(response.data?.node.meetings).toEqual({ totalCount: 0, edges: [] });
  });
});
