import type { TestGraph } from './test-graph.ts';

/**
 * Meetings whose stored participants key is not the sorted ids of the people who attended, or
 * whose pair index (PAIRED loops) is not one loop per pair of those people carrying the
 * meeting's current sortKey; PAIRED edges that are not loops on a meeting count too.
 */
export async function staleParticipantKeys(t: TestGraph): Promise<string[]> {
  const rows = await t.cypher<{ id: string }>(
    `MATCH (m:Meeting)
     WITH m, COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN p.id ORDER BY p.id } AS ids
     WITH m, ids,
          [i IN range(0, size(ids) - 2) | [j IN range(i + 1, size(ids) - 1) | ids[i] + '|' + ids[j] + ' ' + m.sortKey]] AS nested,
          COLLECT { MATCH (m)-[r:PAIRED]->(m) RETURN r.key + ' ' + r.sortKey AS loop ORDER BY loop } AS loops
     WITH m, ids, loops, reduce(all = [], pairs IN nested | all + pairs) AS expected
     WHERE m.participantsKey IS NULL OR m.participantsKey <> reduce(key = '', id IN ids | key + '|' + id)
        OR loops <> COLLECT { UNWIND expected AS e RETURN e ORDER BY e }
     RETURN m.id AS id
     UNION
     MATCH (a)-[r:PAIRED]->(b) WHERE a <> b OR NOT a:Meeting
     RETURN 'stray PAIRED ' + elementId(r) AS id`,
  );
  return rows.map((r) => r.id);
}
