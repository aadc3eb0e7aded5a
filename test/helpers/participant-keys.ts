import type { TestGraph } from './test-graph.ts';

/** Meetings whose stored participants key is not the sorted ids of the people who attended. */
export async function staleParticipantKeys(t: TestGraph): Promise<string[]> {
  const rows = await t.cypher<{ id: string }>(
    `MATCH (m:Meeting)
     WITH m, COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN p.id ORDER BY p.id } AS ids
     WHERE m.participantsKey IS NULL OR m.participantsKey <> reduce(key = '', id IN ids | key + '|' + id)
     RETURN m.id AS id`,
  );
  return rows.map((r) => r.id);
}
