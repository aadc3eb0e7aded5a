import { expect, test } from 'vitest';
import { ingestTriples } from '../../src/pipeline.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { envoyArticle } from '../helpers/meeting-triples.ts';

const t = useTestGraph();
const api = createTestApp(t);

type NetworkNode = { person: { name: string }; degree: number; weightedDegree: number; betweenness: number; community: number };

/**
 * Two circles of envoys who meet among themselves, often, and one envoy (Mo Bridgewater) who
 * met one of each: the broker between two clusters.
 */
async function twoCirclesAndABroker() {
  const pairs: [string, string][] = [
    ['Ann Ardent', 'Bo Brisk'], ['Bo Brisk', 'Cy Calder'], ['Ann Ardent', 'Cy Calder'],
    ['Di Dunmore', 'Ed Elwood'], ['Ed Elwood', 'Flo Fairley'], ['Di Dunmore', 'Flo Fairley'],
    ['Mo Bridgewater', 'Cy Calder'], ['Mo Bridgewater', 'Di Dunmore'],
  ];
  // Each pair inside a circle met three times; the broker met each side once.
  const meetings = pairs.flatMap((names, i) => (names.includes('Mo Bridgewater') ? [1] : [1, 2, 3]).map((round) => ({ names, date: `2024-0${round}-${String(10 + i).padStart(2, '0')}` })));
  const result = await ingestTriples(t.deps, envoyArticle('https://brokers.example/1', meetings));
  if (!result.success) throw result.error;
}

test('meetingNetwork ranks the broker between two clusters highest and puts each circle in its own community', async () => {
  await twoCirclesAndABroker();
  const people = await api.query<{ people: { id: string }[] }>(`{ people(search: "Mo Bridgewater") { id } }`);
  const response = await api.query<{ meetingNetwork: { nodes: NetworkNode[] } }>(
    `query ($id: ID!) { meetingNetwork(personId: $id, depth: 2) { nodes { person { name } degree weightedDegree betweenness community } } }`,
    { id: people.data?.people[0]?.id },
  );
  expect(response.errors).toBeUndefined();
  const nodes = new Map(response.data!.meetingNetwork.nodes.map((n) => [n.person.name, n]));
  expect(nodes.size).toBe(7);
  const ranked = [...nodes.values()].sort((a, b) => b.betweenness - a.betweenness).map((n) => n.person.name);
  expect(ranked[0]).toBe('Mo Bridgewater');
  expect(new Set(ranked.slice(1, 3))).toEqual(new Set(['Cy Calder', 'Di Dunmore']));
  expect(nodes.get('Ann Ardent')!.betweenness).toBe(0);
  expect(nodes.get('Cy Calder')).toMatchObject({ degree: 3, weightedDegree: 7 });
  const community = (name: string) => nodes.get(name)!.community;
  expect(community('Ann Ardent')).toBe(community('Bo Brisk'));
  expect(community('Bo Brisk')).toBe(community('Cy Calder'));
  expect(community('Di Dunmore')).toBe(community('Ed Elwood'));
  expect(community('Ed Elwood')).toBe(community('Flo Fairley'));
  expect(community('Ann Ardent')).not.toBe(community('Flo Fairley'));
});

test('the same network gets the same communities every time', async () => {
  await twoCirclesAndABroker();
  const people = await api.query<{ people: { id: string }[] }>(`{ people(search: "Ann Ardent") { id } }`);
  const ask = () =>
    api.query<{ meetingNetwork: { nodes: { person: { name: string }; community: number }[] } }>(
      `query ($id: ID!) { meetingNetwork(personId: $id, depth: 2) { nodes { person { name } community } } }`,
      { id: people.data?.people[0]?.id },
    );
  const first = await ask();
  const second = await ask();
  expect(first.data?.meetingNetwork.nodes.length).toBeGreaterThan(3);
  expect(second.data).toEqual(first.data);
});
