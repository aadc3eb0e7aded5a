import { toCsv } from './csv.ts';
import type { ViewSubgraph } from './view-subgraph.ts';

/** The view's people as CSV, one row each, with the column names Gephi's importer expects. */
export function nodesToCsv(subgraph: ViewSubgraph): string {
  return toCsv(
    ['Id', 'Label', 'Names', 'Country', 'MeetingCount', 'Depth'],
    subgraph.nodes.map((node) => [node.id, node.name, node.names.join(' | '), node.country ?? '', String(node.meetingCount), String(node.depth)]),
  );
}

/** The view's links as a CSV edge list (Source, Target, Weight as Gephi reads them). */
export function edgesToCsv(subgraph: ViewSubgraph): string {
  const names = new Map(subgraph.nodes.map((node) => [node.id, node.name]));
  return toCsv(
    ['Source', 'Target', 'SourceName', 'TargetName', 'Type', 'Weight', 'LastDate', 'Topics'],
    subgraph.edges.map((edge) => [
      edge.source,
      edge.target,
      names.get(edge.source) ?? '',
      names.get(edge.target) ?? '',
      'Undirected',
      String(edge.meetingCount),
      edge.lastDate ?? '',
      edge.topics.join('; '),
    ]),
  );
}
