// Sets the participants key and the pair index (see refresh-participant-keys) of every meeting,
// for a graph written by an older Parley or bulk loaded. Auto-commit, in batches.
MATCH (m:Meeting)
CALL (m) {
  MATCH (p:Person)-[:ATTENDED]->(m)
  WITH p.id AS id ORDER BY id
  WITH collect(id) AS ids
  SET m.participantsKey = reduce(key = '', id IN ids | key + '|' + id)
  WITH ids
  OPTIONAL MATCH (m)-[old:PAIRED]->(m)
  DELETE old
  WITH DISTINCT ids
  UNWIND range(0, size(ids) - 2) AS i
  UNWIND range(i + 1, size(ids) - 1) AS j
  CREATE (m)-[:PAIRED {key: ids[i] + '|' + ids[j], sortKey: m.sortKey}]->(m)
} IN TRANSACTIONS OF 5000 ROWS
