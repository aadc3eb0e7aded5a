import { describe, expect, test } from 'vitest';
import { ingestTriples } from '../../src/pipeline.ts';
import { counterpartsParams, meetingPageStatement, type StatementName } from '../../src/store/index.ts';
import { envoyArticle } from '../helpers/meeting-triples.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();

interface PlanNode {
  readonly operatorType: string;
  readonly arguments: Record<string, unknown>;
  readonly children: readonly PlanNode[];
}

/** Every operator of the statement's plan, with its details, as Neo4j runs it. */
async function operators(name: StatementName, params: Record<string, unknown>): Promise<string[]> {
  const { summary } = await t.graph.driver.executeQuery(`PROFILE ${t.graph.statements[name]}`, params, { database: t.graph.database });
  const found: string[] = [];
  const walk = (node: PlanNode): void => {
    found.push(`${node.operatorType.replace(/@.*/, '')} ${String(node.arguments.Details ?? '')}`);
    node.children.forEach(walk);
  };
  walk(summary.profile as unknown as PlanNode);
  return found;
}

async function personId(name: string): Promise<string> {
  const [row] = await t.cypher<{ id: string }>('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name });
  return row!.id;
}

// Plans, not timings: what keeps a leader's questions index-backed as the graph grows.
describe('query plans of the questions that must not grow with the graph', () => {
  test('meetings of two people seek the pair index and read no whole index or label', async () => {
    const meetings = Array.from({ length: 12 }, (_, i) => ({ names: ['Ada Quennell', i % 3 ? 'Bruno Okafor' : 'Chen Lirong'], date: `2024-0${(i % 9) + 1}-1${i % 10}` }));
    const result = await ingestTriples(t.deps, envoyArticle('https://plans.example/1', meetings));
    expect(result.success).toBe(true);
    const filter = { participants: [await personId('Ada Quennell'), await personId('Bruno Okafor')], kind: null, from: '2024-01-01', to: '2024-12-31', topicIds: null, placeIds: null, countryId: null, countryIds: [] };
    const [name, params] = meetingPageStatement(filter, 3, null);
    expect(name).toBe('find-pair-meetings');
    const plan = await operators(name, params);
    expect(plan.some((op) => op.startsWith('DirectedRelationshipIndexSeek') && op.includes('PAIRED(key, sortKey)'))).toBe(true);
    expect(plan.filter((op) => /Scan|^Sort|^Top/.test(op))).toEqual([]);
  });

  test('counterparts seek the ordered MET indexes on both sides', async () => {
    const result = await ingestTriples(t.deps, envoyArticle('https://plans.example/2', [
      { names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' },
      { names: ['Chen Lirong', 'Ada Quennell'], date: '2024-03-02' },
    ]));
    expect(result.success).toBe(true);
    const plan = await operators('find-counterparts', counterpartsParams([{ key: 'k', personId: await personId('Ada Quennell'), limit: 5 }]));
    expect(plan.filter((op) => op.startsWith('DirectedRelationshipIndexSeek')).map((op) => op.match(/MET\((\w+), meetings\)/)?.[1]).sort()).toEqual(['high', 'high', 'low', 'low']);
    expect(plan.filter((op) => /Scan/.test(op))).toEqual([]);
  });
});
