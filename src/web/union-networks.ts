import type { NetworkData, NetworkEdgeData, NetworkNodeData, TopicData } from './api-types.ts';

/** The key of the link between two people, the same whichever way round they are given. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * One network from several overlapping ones (the centre's and each expanded person's): a person
 * keeps the fewest hops any of them gives, and a link the most meetings and the latest date.
 */
export function unionNetworks(networks: readonly NetworkData[]): NetworkData {
  const nodes = new Map<string, NetworkNodeData>();
  const edges = new Map<string, NetworkEdgeData>();
  for (const network of networks) {
    for (const node of network.nodes) {
      const seen = nodes.get(node.person.id);
      nodes.set(node.person.id, seen ? { person: node.person, meetingCount: Math.max(seen.meetingCount, node.meetingCount), depth: Math.min(seen.depth, node.depth) } : node);
    }
    for (const edge of network.edges) {
      const [source, target] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
      const key = pairKey(source, target);
      const seen = edges.get(key);
      edges.set(
        key,
        seen
          ? { source, target, meetingCount: Math.max(seen.meetingCount, edge.meetingCount), lastDate: laterDate(seen.lastDate, edge.lastDate), topics: unionTopics(seen.topics, edge.topics) }
          : { ...edge, source, target },
      );
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)) };
}

/** The later of two API dates; partial dates (`2024-05`) compare by their known prefix. */
export function laterDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}

export function unionTopics(a: readonly TopicData[], b: readonly TopicData[]): TopicData[] {
  const byId = new Map(a.map((topic) => [topic.id, topic]));
  for (const topic of b) if (!byId.has(topic.id)) byId.set(topic.id, topic);
  return [...byId.values()];
}
