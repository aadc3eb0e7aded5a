// Sets the participants key (the sorted ids of everyone who attended, `|`-separated, indexed:
// how a later report of the same people finds the meeting) and the pair index (one PAIRED loop
// per pair of participants, keyed `lower|higher` and carrying the meeting's sortKey: how the
// meetings of two people are listed newest first) of meetings whose attendance or date may have
// changed: just written, after an article is taken back, or after a curation merge moved a
// person's meetings onto another. `$meetingIds`, or every meeting of `$personId`; meetings gone
// meanwhile are skipped.
CALL () {
  UNWIND coalesce($meetingIds, []) AS id
  MATCH (m:Meeting {id: id})
  RETURN m
  UNION
  MATCH (:Person {id: $personId})-[:ATTENDED]->(m:Meeting)
  RETURN m
}
CALL (m) {
  MATCH (p:Person)-[:ATTENDED]->(m)
  WITH p.id AS id ORDER BY id
  WITH collect(id) AS ids
  WITH ids, reduce(key = '', id IN ids | key + '|' + id) AS key
  // Another report of a meeting usually changes neither who attended nor the day: then its
  // loops are already right and are left alone.
  WITH ids, key, coalesce(m.participantsKey = key, false)
       AND COUNT { (m)-[r:PAIRED]->(m) WHERE r.sortKey = m.sortKey } = size(ids) * (size(ids) - 1) / 2
       AND COUNT { (m)-[:PAIRED]->(m) } = size(ids) * (size(ids) - 1) / 2 AS current
  SET m.participantsKey = key
  WITH ids WHERE NOT current
  OPTIONAL MATCH (m)-[old:PAIRED]->(m)
  DELETE old
  WITH DISTINCT ids
  UNWIND range(0, size(ids) - 2) AS i
  UNWIND range(i + 1, size(ids) - 1) AS j
  CREATE (m)-[:PAIRED {key: ids[i] + '|' + ids[j], sortKey: m.sortKey}]->(m)
}
RETURN count(m) AS refreshed
