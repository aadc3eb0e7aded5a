import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';

type Network = UndirectedGraph<Record<string, never>, { weight: number }>;
type Louvain = (graph: Network, options: { getEdgeWeight: 'weight'; rng: () => number }) => Record<string, number>;
type Betweenness = (graph: Network, options: { getEdgeWeight: null; normalized: boolean }) => Record<string, number>;

// Both are CommonJS modules exporting the function itself, which their typings declare as an
// ES default export that Node's ESM loader does not give: required, with the signatures used here.
const require = createRequire(import.meta.url);
const louvain = require('graphology-communities-louvain') as Louvain;
const betweennessCentrality = require('graphology-metrics/centrality/betweenness.js') as Betweenness;

export interface NodeMetrics {
  /** Links to other people of the network. */
  readonly degree: number;
  /** Meetings along those links. */
  readonly weightedDegree: number;
  /** Normalized betweenness (0–1) over unweighted shortest paths: how much a person brokers. */
  readonly betweenness: number;
  /** Louvain community, weighted by meetings; 0 is the largest. */
  readonly community: number;
}

/** A fixed seed: the same network always gets the same communities (Louvain visits in random order). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Brokers and clusters of the subgraph a query returned (not of the whole graph): graphology's
 * betweenness (Brandes) and Louvain, the library family the explorer draws with.
 */
export function networkMetrics(
  nodes: readonly { readonly personId: string }[],
  edges: readonly { readonly source: string; readonly target: string; readonly meetingCount: number }[],
): Map<string, NodeMetrics> {
  const graph: Network = new UndirectedGraph();
  for (const node of nodes) graph.mergeNode(node.personId);
  for (const edge of edges) {
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target)) graph.mergeEdge(edge.source, edge.target, { weight: edge.meetingCount });
  }
  const betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const raw = graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seeded(42) }) : Object.fromEntries(graph.nodes().map((id, i): [string, number] => [id, i]));
  // Louvain's numbers depend on visiting order; numbered by size (then first member) they read the same every time.
  const members = new Map<number, string[]>();
  for (const id of graph.nodes()) members.set(raw[id]!, [...(members.get(raw[id]!) ?? []), id]);
  const order = [...members.entries()].sort(([, a], [, b]) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1)).map(([community]) => community);
  const renumbered = new Map(order.map((community, i) => [community, i]));
  return new Map(
    graph.nodes().map((id) => [
      id,
      {
        degree: graph.degree(id),
        weightedDegree: graph.reduceEdges(id, (sum, _edge, attributes) => sum + attributes.weight, 0),
        betweenness: betweenness[id] ?? 0,
        community: renumbered.get(raw[id]!)!,
      },
    ]),
  );
}
