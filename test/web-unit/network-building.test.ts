import { UndirectedGraph } from 'graphology';
import { describe, expect, test } from 'vitest';
import type { MeetingData, NetworkData, PersonData } from '../../src/web/api-types.ts';
import { assignCountryColors } from '../../src/web/country-colors.ts';
import { filterByCountry } from '../../src/web/filter-by-country.ts';
import { graphToSubgraph } from '../../src/web/graph-to-subgraph.ts';
import { networkFromMeetings } from '../../src/web/network-from-meetings.ts';
import { displayLabel, syncGraph, type MeetingLink, type PersonNode } from '../../src/web/sync-graph.ts';
import { unionNetworks } from '../../src/web/union-networks.ts';

const person = (id: string, name: string, iso2: string | null, names: string[] = [name]): PersonData => ({ id, name, names, title: null, country: iso2 ? { iso2, name: iso2 } : null });
const wang = person('person:wang-yi', 'Wang Yi', 'CN', ['王毅', 'Wang Yi']);
const lavrov = person('person:sergei-lavrov', 'Sergei Lavrov', 'RU', ['拉夫罗夫', 'Sergei Lavrov']);
const blinken = person('person:antony-blinken', 'Antony Blinken', 'US');
const putin = person('person:vladimir-putin', 'Vladimir Putin', 'RU');

const centre: NetworkData = {
  nodes: [
    { person: wang, meetingCount: 4, depth: 0 },
    { person: blinken, meetingCount: 3, depth: 1 },
    { person: lavrov, meetingCount: 1, depth: 1 },
  ],
  edges: [
    { source: 'person:antony-blinken', target: 'person:wang-yi', meetingCount: 3, topics: [], lastDate: '2024-04-26' },
    { source: 'person:sergei-lavrov', target: 'person:wang-yi', meetingCount: 1, topics: [{ id: 'topic:a', name: 'A' }], lastDate: '2025-02-20' },
  ],
};

function meeting(id: string, date: string, people: PersonData[], topics: string[] = []): MeetingData {
  return { id, kind: 'talks', date, place: null, participants: people, topics: topics.map((t) => ({ id: `topic:${t}`, name: t })), sources: [] };
}

describe('joining networks', () => {
  test('an expanded person’s network joins the centre’s: fewest hops, most meetings, latest date, all topics', () => {
    const expanded: NetworkData = {
      nodes: [
        { person: lavrov, meetingCount: 2, depth: 1 },
        { person: wang, meetingCount: 4, depth: 2 },
        { person: putin, meetingCount: 5, depth: 2 },
      ],
      edges: [
        { source: 'person:wang-yi', target: 'person:sergei-lavrov', meetingCount: 1, topics: [{ id: 'topic:b', name: 'B' }], lastDate: '2025-03-01' },
        { source: 'person:sergei-lavrov', target: 'person:vladimir-putin', meetingCount: 4, topics: [], lastDate: '2024-05' },
      ],
    };
    expect(unionNetworks([centre, expanded])).toEqual({
      nodes: [
        { person: wang, meetingCount: 4, depth: 0 },
        { person: blinken, meetingCount: 3, depth: 1 },
        { person: lavrov, meetingCount: 2, depth: 1 },
        { person: putin, meetingCount: 5, depth: 2 },
      ],
      edges: [
        centre.edges[0],
        { source: 'person:sergei-lavrov', target: 'person:wang-yi', meetingCount: 1, topics: [{ id: 'topic:a', name: 'A' }, { id: 'topic:b', name: 'B' }], lastDate: '2025-03-01' },
        { source: 'person:sergei-lavrov', target: 'person:vladimir-putin', meetingCount: 4, topics: [], lastDate: '2024-05' },
      ],
    });
  });

  test('a network from meetings links everyone at each meeting and counts hops from the centre', () => {
    const network = networkFromMeetings('person:wang-yi', [
      meeting('m1', '2025-02-20', [wang, lavrov], ['x']),
      meeting('m2', '2024-07-01', [lavrov, putin, blinken]),
      meeting('m1', '2025-02-20', [wang, lavrov], ['x']),
      meeting('m3', '2024-01-01', [wang, lavrov], ['y']),
    ]);
    expect(network.nodes.map((node) => [node.person.id, node.meetingCount, node.depth])).toEqual([
      ['person:wang-yi', 2, 0],
      ['person:sergei-lavrov', 3, 1],
      ['person:antony-blinken', 1, 2],
      ['person:vladimir-putin', 1, 2],
    ]);
    expect(network.edges).toEqual([
      { source: 'person:sergei-lavrov', target: 'person:wang-yi', meetingCount: 2, lastDate: '2025-02-20', topics: [{ id: 'topic:x', name: 'x' }, { id: 'topic:y', name: 'y' }] },
      { source: 'person:sergei-lavrov', target: 'person:vladimir-putin', meetingCount: 1, lastDate: '2024-07-01', topics: [] },
      { source: 'person:antony-blinken', target: 'person:sergei-lavrov', meetingCount: 1, lastDate: '2024-07-01', topics: [] },
      { source: 'person:antony-blinken', target: 'person:vladimir-putin', meetingCount: 1, lastDate: '2024-07-01', topics: [] },
    ]);
  });

  test('the country filter keeps the centre, that country’s people and the links among them', () => {
    expect(filterByCountry(centre, 'RU', 'person:wang-yi')).toEqual({ nodes: [centre.nodes[0], centre.nodes[2]], edges: [centre.edges[1]] });
    expect(filterByCountry(centre, null, 'person:wang-yi')).toBe(centre);
  });
});

describe('the drawn graph', () => {
  const colors = assignCountryColors(['CN', 'US', 'RU']);

  test('draws people sized by meetings and coloured by country, links weighted by meetings', () => {
    const graph = new UndirectedGraph<PersonNode, MeetingLink>();
    expect(syncGraph(graph, centre, 'person:wang-yi', colors)).toEqual({
      addedNodes: ['person:wang-yi', 'person:antony-blinken', 'person:sergei-lavrov'],
      addedEdges: ['person:antony-blinken|person:wang-yi', 'person:sergei-lavrov|person:wang-yi'],
      removedNodes: [],
    });
    expect(graph.getNodeAttributes('person:wang-yi')).toMatchObject({ x: 0, y: 0, size: 22, color: colors.colorOf('CN'), label: 'Wang Yi · 王毅', isCenter: true });
    expect(graph.getNodeAttribute('person:sergei-lavrov', 'size')).toBeCloseTo(5 + 17 * Math.sqrt(1 / 4));
    expect(graph.getEdgeAttributes('person:antony-blinken|person:wang-yi')).toMatchObject({ weight: 3, size: 6, meetingCount: 3 });
    expect(graphToSubgraph(graph, '?person=x').edges).toEqual([
      { source: 'person:antony-blinken', target: 'person:wang-yi', meetingCount: 3, lastDate: '2024-04-26', topics: [] },
      { source: 'person:sergei-lavrov', target: 'person:wang-yi', meetingCount: 1, lastDate: '2025-02-20', topics: ['A'] },
    ]);
  });

  test('a refresh keeps positions, adds newcomers beside someone they met, and drops who left', () => {
    const graph = new UndirectedGraph<PersonNode, MeetingLink>();
    syncGraph(graph, centre, 'person:wang-yi', colors);
    graph.mergeNodeAttributes('person:sergei-lavrov', { x: 50, y: -20 });
    const next: NetworkData = {
      nodes: [centre.nodes[0]!, centre.nodes[2]!, { person: putin, meetingCount: 1, depth: 2 }],
      edges: [centre.edges[1]!, { source: 'person:sergei-lavrov', target: 'person:vladimir-putin', meetingCount: 1, topics: [], lastDate: null }],
    };
    expect(syncGraph(graph, next, 'person:wang-yi', colors)).toEqual({ addedNodes: ['person:vladimir-putin'], addedEdges: ['person:sergei-lavrov|person:vladimir-putin'], removedNodes: ['person:antony-blinken'] });
    expect(graph.getNodeAttributes('person:sergei-lavrov')).toMatchObject({ x: 50, y: -20 });
    const putinAt = graph.getNodeAttributes('person:vladimir-putin');
    expect(Math.hypot(putinAt.x - 50, putinAt.y + 20)).toBeCloseTo(10);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
  });

  test.each([
    ['Wang Yi', ['王毅', 'Wang Yi', '外交部长王毅'], 'Wang Yi · 王毅'],
    ['Sergei Lavrov', ['Sergei Lavrov'], 'Sergei Lavrov'],
    ['王毅', ['王毅'], '王毅'],
  ])('labels %s with a Chinese name beside it when there is one', (name, names, label) => {
    expect(displayLabel(name, names)).toBe(label);
  });
});
