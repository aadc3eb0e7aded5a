// After a merge, meetings of one person that now have the same participants on the same date
// (both calls, or both in person) are one meeting reported twice: oldest first in each group.
MATCH (:Entity {id: $entityId})-[:ATTENDED]->(m:Meeting)
CALL (m) {
  MATCH (p:Person)-[:ATTENDED]->(m)
  WITH p ORDER BY p.id
  RETURN collect(p.id) AS people
}
WITH m, people, coalesce(m.date, '') AS date, m.kind = 'phone_call' AS call
ORDER BY m.createdAt, m.id
WITH people, date, call, collect(elementId(m)) AS meetings
WHERE size(meetings) > 1
RETURN meetings
