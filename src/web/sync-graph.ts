import type { UndirectedGraph } from 'graphology';
import type { NetworkData, TopicData } from './api-types.ts';
import type { CountryColors } from './country-colors.ts';
import { pairKey } from './union-networks.ts';

/** What a drawn person carries: sigma reads x, y, size, color and label; the rest is for panels and exports. */
export interface PersonNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  name: string;
  names: readonly string[];
  title: string | null;
  country: string | null;
  countryName: string | null;
  meetingCount: number;
  depth: number;
  isCenter: boolean;
}

/** What a drawn link carries: sigma reads size and color; ForceAtlas2 reads weight. */
export interface MeetingLink {
  size: number;
  color: string;
  weight: number;
  meetingCount: number;
  lastDate: string | null;
  topics: readonly TopicData[];
}

export type PeopleGraph = UndirectedGraph<PersonNode, MeetingLink>;

export interface SyncResult {
  readonly addedNodes: readonly string[];
  readonly addedEdges: readonly string[];
  readonly removedNodes: readonly string[];
}

export const EDGE_COLOR = '#A8A8A8';

/**
 * Makes the drawn graph match a network in place, so a refresh keeps everyone where the layout
 * put them: new people start beside someone they met (or round the centre), gone people leave.
 */
export function syncGraph(graph: PeopleGraph, network: NetworkData, centerId: string, colors: CountryColors): SyncResult {
  const maxMeetings = Math.max(1, ...network.nodes.map((node) => node.meetingCount));
  const maxLink = Math.max(1, ...network.edges.map((edge) => edge.meetingCount));
  const wanted = new Set(network.nodes.map((node) => node.person.id));
  const removedNodes = graph.filterNodes((id) => !wanted.has(id));
  for (const id of removedNodes) graph.dropNode(id);

  const addedNodes: string[] = [];
  const neighbours = new Map<string, string[]>();
  for (const edge of network.edges) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  for (const node of network.nodes) {
    const person = node.person;
    const attributes = {
      size: 5 + 17 * Math.sqrt(node.meetingCount / maxMeetings),
      color: colors.colorOf(person.country?.iso2 ?? null),
      label: displayLabel(person.name, person.names),
      name: person.name,
      names: person.names,
      title: person.title ?? null,
      country: person.country?.iso2 ?? null,
      countryName: person.country?.name ?? null,
      meetingCount: node.meetingCount,
      depth: node.depth,
      isCenter: person.id === centerId,
    };
    if (graph.hasNode(person.id)) {
      graph.mergeNodeAttributes(person.id, attributes);
    } else {
      graph.addNode(person.id, { ...attributes, ...startPosition(graph, person.id, neighbours.get(person.id) ?? [], node.depth) });
      addedNodes.push(person.id);
    }
  }

  const wantedEdges = new Set(network.edges.map((edge) => pairKey(edge.source, edge.target)));
  for (const key of graph.filterEdges((key) => !wantedEdges.has(key))) graph.dropEdge(key);
  const addedEdges: string[] = [];
  for (const edge of network.edges) {
    const key = pairKey(edge.source, edge.target);
    const attributes = {
      size: 1 + 5 * Math.sqrt(edge.meetingCount / maxLink),
      color: EDGE_COLOR,
      weight: edge.meetingCount,
      meetingCount: edge.meetingCount,
      lastDate: edge.lastDate,
      topics: edge.topics,
    };
    if (graph.hasEdge(key)) {
      graph.mergeEdgeAttributes(key, attributes);
    } else {
      graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, attributes);
      addedEdges.push(key);
    }
  }
  return { addedNodes, addedEdges, removedNodes };
}

/** The display name, with a Chinese name beside it when the person has one (Wang Yi · 王毅). */
export function displayLabel(name: string, names: readonly string[]): string {
  if (/\p{Script=Han}/u.test(name)) return name;
  const han = names.find((candidate) => /^[\p{Script=Han}·・]+$/u.test(candidate));
  return han ? `${name} · ${han}` : name;
}

/** Beside a neighbour already placed, else on a ring by hops; the offsets come from the id so a view lays out the same way twice. */
function startPosition(graph: PeopleGraph, id: string, neighbours: readonly string[], depth: number): { x: number; y: number } {
  const angle = (hash(id) % 3600) * (Math.PI / 1800);
  const placed = neighbours.find((other) => graph.hasNode(other));
  if (placed !== undefined) {
    const anchor = graph.getNodeAttributes(placed);
    return { x: anchor.x + Math.cos(angle) * 10, y: anchor.y + Math.sin(angle) * 10 };
  }
  const radius = depth === 0 ? 0 : depth * 100;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

function hash(text: string): number {
  let value = 2166136261;
  for (let i = 0; i < text.length; i += 1) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return value >>> 0;
}
