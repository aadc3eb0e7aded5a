import type { TestGraph } from './test-graph.ts';

type PairRow = [string, string, number, string | null, string | null];

/**
 * Where the stored MET projection differs from what the meetings say: each pair of people who
 * attended a meeting together, with how many and when last. Empty when the projection is exact.
 */
export async function projectionDrift(t: TestGraph): Promise<{ expected: PairRow[]; stored: PairRow[] } | null> {
  const [row] = await t.cypher<{ expected: PairRow[]; stored: PairRow[] }>(
    `CALL () {
       OPTIONAL MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person) WHERE a.id < b.id
       WITH a, b, count(DISTINCT m) AS n, max(m.day) AS lastDay, max(m.date) AS lastDate
       WHERE a IS NOT NULL
       RETURN collect([a.id, b.id, n, toString(lastDay), lastDate]) AS expected
     }
     CALL () {
       OPTIONAL MATCH (a:Person)-[r:MET]->(b:Person)
       WITH a, b, r WHERE r IS NOT NULL
       RETURN collect([CASE WHEN r.low = a.id AND r.high = b.id THEN a.id ELSE 'low/high ' + coalesce(r.low, 'null') END, b.id, r.meetings, toString(r.lastDay), r.lastDate]) AS stored
     }
     RETURN expected, stored`,
  );
  const sort = (rows: PairRow[]) => rows.map((r) => JSON.stringify(r)).sort();
  const expected = sort(row!.expected);
  const stored = sort(row!.stored);
  return JSON.stringify(expected) === JSON.stringify(stored) ? null : { expected: row!.expected, stored: row!.stored };
}
