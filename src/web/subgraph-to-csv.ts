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

/**
 * RFC 4180 with CRLF line ends, after a byte-order mark so Excel reads the Chinese names as UTF-8.
 * A text cell starting with = + - @ gets a leading apostrophe: spreadsheets would run it as a formula.
 */
function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map(cell).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
