import type { ViewSubgraph } from './view-subgraph.ts';

/** The view as JSON: `{ format, view, nodes, edges }`, indented for people who open it by hand. */
export function subgraphToJson(subgraph: ViewSubgraph): string {
  return `${JSON.stringify({ format: 'parley-network/1', view: subgraph.view, nodes: subgraph.nodes, edges: subgraph.edges }, null, 2)}\n`;
}
