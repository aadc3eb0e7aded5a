// Existing meetings that are the same real meeting as a new report: the same participants,
// dates equal or one day apart (time zones) or one undated, and a compatible kind.
UNWIND $meetings AS row
MATCH (first:Person {id: row.participants[0]})-[:ATTENDED]->(m:Meeting)
WHERE all(pid IN row.participants WHERE exists { (:Person {id: pid})-[:ATTENDED]->(m) })
  AND COUNT { (m)<-[:ATTENDED]-(:Person) } = size(row.participants)
  AND (m.kind = 'phone_call') = (row.kind = 'phone_call')
  AND (m.day IS NULL OR row.day IS NULL OR abs(duration.inDays(m.day, date(row.day)).days) <= 1)
  AND (m.date IS NULL OR row.date IS NULL OR m.day IS NOT NULL OR row.day IS NOT NULL OR m.date = row.date)
RETURN row.ref AS ref, m.id AS id, m.day = date(row.day) AS sameDay
ORDER BY sameDay DESC
