import { describe, expect, test } from 'vitest';
import { edgesToCsv, nodesToCsv } from '../../src/web/subgraph-to-csv.ts';
import { subgraphToGraphml } from '../../src/web/subgraph-to-graphml.ts';
import { subgraphToJson } from '../../src/web/subgraph-to-json.ts';
import type { ViewSubgraph } from '../../src/web/view-subgraph.ts';

const subgraph: ViewSubgraph = {
  view: '?person=王毅&from=2025',
  nodes: [
    { id: 'person:wang-yi', name: 'Wang Yi', names: ['王毅', 'Wang Yi'], country: 'CN', meetingCount: 2, depth: 0 },
    { id: 'person:sergei-lavrov', name: 'Sergei Lavrov', names: ['拉夫罗夫', 'Sergei Lavrov'], country: 'RU', meetingCount: 1, depth: 1 },
    { id: 'person:x', name: '=HYPERLINK("http://evil")', names: ['A "quoted", name'], country: null, meetingCount: 1, depth: 1 },
  ],
  edges: [
    { source: 'person:sergei-lavrov', target: 'person:wang-yi', meetingCount: 1, lastDate: '2025-02-20', topics: ['Ukraine crisis', '中俄关系'] },
    { source: 'person:wang-yi', target: 'person:x', meetingCount: 1, lastDate: null, topics: [] },
  ],
};

describe('exports of the drawn network', () => {
  test('JSON holds the view, every person and every link as given', () => {
    expect(JSON.parse(subgraphToJson(subgraph))).toEqual({ format: 'parley-network/1', view: subgraph.view, nodes: subgraph.nodes, edges: subgraph.edges });
  });

  test('GraphML declares its keys, escapes markup and weights links by meetings', () => {
    expect(subgraphToGraphml(subgraph)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="names" for="node" attr.name="names" attr.type="string"/>
  <key id="country" for="node" attr.name="country" attr.type="string"/>
  <key id="meetingCount" for="node" attr.name="meetingCount" attr.type="int"/>
  <key id="depth" for="node" attr.name="depth" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="lastDate" for="edge" attr.name="lastDate" attr.type="string"/>
  <key id="topics" for="edge" attr.name="topics" attr.type="string"/>
  <graph id="parley" edgedefault="undirected">
    <desc>Parley meeting network ?person=王毅&amp;from=2025</desc>
    <node id="person:wang-yi">
      <data key="label">Wang Yi</data>
      <data key="names">王毅 | Wang Yi</data>
      <data key="country">CN</data>
      <data key="meetingCount">2</data>
      <data key="depth">0</data>
    </node>
    <node id="person:sergei-lavrov">
      <data key="label">Sergei Lavrov</data>
      <data key="names">拉夫罗夫 | Sergei Lavrov</data>
      <data key="country">RU</data>
      <data key="meetingCount">1</data>
      <data key="depth">1</data>
    </node>
    <node id="person:x">
      <data key="label">=HYPERLINK(&quot;http://evil&quot;)</data>
      <data key="names">A &quot;quoted&quot;, name</data>
      <data key="meetingCount">1</data>
      <data key="depth">1</data>
    </node>
    <edge id="e0" source="person:sergei-lavrov" target="person:wang-yi">
      <data key="weight">1</data>
      <data key="lastDate">2025-02-20</data>
      <data key="topics">Ukraine crisis; 中俄关系</data>
    </edge>
    <edge id="e1" source="person:wang-yi" target="person:x">
      <data key="weight">1</data>
      <data key="topics"></data>
    </edge>
  </graph>
</graphml>
`);
  });

  test('GraphML drops characters XML cannot hold', () => {
    const xml = subgraphToGraphml({ view: '', nodes: [{ id: 'p', name: 'bad\u0001name\uFFFE', names: [], country: null, meetingCount: 0, depth: 0 }], edges: [] });
    expect(xml).toContain('<data key="label">badname</data>');
  });

  test('CSV of people: a BOM for Excel, quoted cells, and formulas defused', () => {
    expect(nodesToCsv(subgraph)).toBe(
      '\uFEFFId,Label,Names,Country,MeetingCount,Depth\r\n' +
        'person:wang-yi,Wang Yi,王毅 | Wang Yi,CN,2,0\r\n' +
        'person:sergei-lavrov,Sergei Lavrov,拉夫罗夫 | Sergei Lavrov,RU,1,1\r\n' +
        `person:x,"'=HYPERLINK(""http://evil"")","A ""quoted"", name",,1,1\r\n`,
    );
  });

  test('CSV of links: an undirected edge list Gephi reads, with names beside the ids', () => {
    expect(edgesToCsv(subgraph)).toBe(
      '\uFEFFSource,Target,SourceName,TargetName,Type,Weight,LastDate,Topics\r\n' +
        'person:sergei-lavrov,person:wang-yi,Sergei Lavrov,Wang Yi,Undirected,1,2025-02-20,Ukraine crisis; 中俄关系\r\n' +
        `person:wang-yi,person:x,Wang Yi,"'=HYPERLINK(""http://evil"")",Undirected,1,,\r\n`,
    );
  });
});
