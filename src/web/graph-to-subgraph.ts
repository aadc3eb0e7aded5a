import type { PeopleGraph } from './sync-graph.ts';
import type { ViewSubgraph } from './view-subgraph.ts';

/** The drawn graph as the plain records the exporters take. */
export function graphToSubgraph(graph: PeopleGraph, view: string): ViewSubgraph {
  return {
    view,
    nodes: graph.mapNodes((id, node) => ({ id, name: node.name, names: node.names, country: node.country, meetingCount: node.meetingCount, depth: node.depth })),
    edges: graph.mapEdges((_key, link, source, target) => ({
      source,
      target,
      meetingCount: link.meetingCount,
      lastDate: link.lastDate,
      topics: link.topics.map((topic) => topic.name),
    })),
  };
}
