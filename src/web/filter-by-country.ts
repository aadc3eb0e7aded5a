import type { NetworkData } from './api-types.ts';

/** Only the people of one country, plus the centre so the view keeps its anchor, and their links. */
export function filterByCountry(network: NetworkData, country: string | null, centerId: string): NetworkData {
  if (country === null) return network;
  const nodes = network.nodes.filter((node) => node.person.id === centerId || node.person.country?.iso2 === country);
  const kept = new Set(nodes.map((node) => node.person.id));
  return { nodes, edges: network.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)) };
}
