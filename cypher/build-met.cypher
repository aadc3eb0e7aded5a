// Builds the MET projection from scratch for a graph written without it (an older Parley, or a
// bulk load), a batch of people per transaction. Runs in an auto-commit transaction.
MATCH (a:Person)
CALL (a) {
  OPTIONAL MATCH (a)-[old:MET]->()
  DELETE old
  WITH DISTINCT a
  MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)
  WHERE a.id < b.id
  WITH a, b, count(DISTINCT m) AS meetings, max(m.day) AS lastDay, max(m.date) AS lastDate
  CREATE (a)-[:MET {low: a.id, high: b.id, meetings: meetings, lastDay: lastDay, lastDate: lastDate}]->(b)
} IN TRANSACTIONS OF 200 ROWS
