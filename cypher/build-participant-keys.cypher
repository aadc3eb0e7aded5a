// Sets the participants key of every meeting that lacks one (a graph written by an older Parley
// or bulk loaded). Auto-commit, in batches.
MATCH (m:Meeting)
WHERE m.participantsKey IS NULL
CALL (m) {
  MATCH (p:Person)-[:ATTENDED]->(m)
  WITH p.id AS id ORDER BY id
  WITH collect(id) AS ids
  SET m.participantsKey = reduce(key = '', id IN ids | key + '|' + id)
} IN TRANSACTIONS OF 5000 ROWS
