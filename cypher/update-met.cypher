// Keeps the MET projection (one edge per pair of people who met, lower id to higher id, with
// both ids as `low` and `high` for its indexes, how many meetings and when last) up to date as meetings are written. An ATTENDED edge counts
// towards its pairs once: `paired` marks it counted, so a second report of a meeting adds nothing
// while a new participant adds one meeting to each of their pairs.
UNWIND $meetingIds AS meetingId
MATCH (m:Meeting {id: meetingId})
CALL (m) {
  MATCH (a:Person)-[ea:ATTENDED]->(m)<-[eb:ATTENDED]-(b:Person)
  WHERE a.id < b.id
  WITH a, b, m, CASE WHEN ea.paired IS NULL OR eb.paired IS NULL THEN 1 ELSE 0 END AS added
  MERGE (a)-[r:MET]->(b)
  SET r.low = a.id, r.high = b.id,
      r.meetings = coalesce(r.meetings, 0) + added,
      r.lastDay = CASE WHEN m.day IS NOT NULL AND (r.lastDay IS NULL OR m.day > r.lastDay) THEN m.day ELSE r.lastDay END,
      r.lastDate = CASE WHEN m.date IS NOT NULL AND (r.lastDate IS NULL OR m.date > r.lastDate) THEN m.date ELSE r.lastDate END
}
CALL (m) {
  MATCH (:Person)-[e:ATTENDED]->(m)
  WHERE e.paired IS NULL
  SET e.paired = true
}
RETURN count(*) AS updated
