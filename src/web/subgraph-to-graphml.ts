import type { ViewSubgraph } from './view-subgraph.ts';

/**
 * The view as GraphML, which Gephi, yEd and Cytoscape open. `weight` is the meeting count so
 * Gephi's layouts and edge thickness use it without any mapping.
 */
export function subgraphToGraphml(subgraph: ViewSubgraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="names" for="node" attr.name="names" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="meetingCount" for="node" attr.name="meetingCount" attr.type="int"/>',
    '  <key id="depth" for="node" attr.name="depth" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="lastDate" for="edge" attr.name="lastDate" attr.type="string"/>',
    '  <key id="topics" for="edge" attr.name="topics" attr.type="string"/>',
    `  <graph id="parley" edgedefault="undirected">`,
    `    <desc>${escapeXml(`Parley meeting network ${subgraph.view}`)}</desc>`,
  ];
  for (const node of subgraph.nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(`      <data key="label">${escapeXml(node.name)}</data>`);
    lines.push(`      <data key="names">${escapeXml(node.names.join(' | '))}</data>`);
    if (node.country !== null) lines.push(`      <data key="country">${escapeXml(node.country)}</data>`);
    lines.push(`      <data key="meetingCount">${node.meetingCount}</data>`);
    lines.push(`      <data key="depth">${node.depth}</data>`);
    lines.push('    </node>');
  }
  subgraph.edges.forEach((edge, index) => {
    lines.push(`    <edge id="e${index}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`);
    lines.push(`      <data key="weight">${edge.meetingCount}</data>`);
    if (edge.lastDate !== null) lines.push(`      <data key="lastDate">${escapeXml(edge.lastDate)}</data>`);
    lines.push(`      <data key="topics">${escapeXml(edge.topics.join('; '))}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold. */
function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
