// Sets the participants key (the sorted ids of everyone who attended, `|`-separated, indexed:
// how a later report of the same people finds the meeting) of meetings whose attendance may have
// changed: just written, after an article is taken back, or after a curation merge moved a
// person's meetings onto another. `$meetingIds`, or every meeting of
// `$personId`; meetings gone meanwhile are skipped.
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
  SET m.participantsKey = reduce(key = '', id IN ids | key + '|' + id)
}
RETURN count(m) AS refreshed
