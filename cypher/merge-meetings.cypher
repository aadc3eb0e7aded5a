// Each edge keeps the URLs of the articles that support it (`sources`), so replacing or
// retracting one article removes exactly what it alone said.
UNWIND $meetings AS row
MATCH (a:Article {url: row.url})
MERGE (m:Meeting {id: row.id})
ON CREATE SET m.kind = row.kind, m.createdAt = datetime()
SET m.date = coalesce(m.date, row.date),
    m.datePrecision = coalesce(m.datePrecision, row.datePrecision),
    m.day = coalesce(m.day, CASE WHEN row.day IS NULL THEN null ELSE date(row.day) END)
// Newest first with a stable tie-break: the keyset cursor of the meetings connection.
SET m.sortKey = toString(coalesce(m.day, date('0001-01-01'))) + '|' + m.id
MERGE (m)-[report:REPORTED_BY]->(a)
// matchReason: why this report joined a meeting other reports had created (null when it created it).
SET report.evidence = row.evidence, report.confidence = row.confidence, report.matchReason = row.matchReason
WITH m, row
CALL (m, row) {
  UNWIND range(0, size(row.participants) - 1) AS i
  MATCH (p:Person {id: row.participants[i]})
  MERGE (p)-[e:ATTENDED]->(m)
  SET e.role = coalesce(row.roles[i], e.role),
      e.sources = CASE WHEN row.url IN coalesce(e.sources, []) THEN e.sources ELSE coalesce(e.sources, []) + row.url END
}
CALL (m, row) {
  UNWIND (CASE WHEN row.placeId IS NULL THEN [] ELSE [row.placeId] END) AS placeId
  MATCH (place:Place {id: placeId})
  MERGE (m)-[e:HELD_IN]->(place)
  SET e.sources = CASE WHEN row.url IN coalesce(e.sources, []) THEN e.sources ELSE coalesce(e.sources, []) + row.url END
}
CALL (m, row) {
  UNWIND row.topicIds AS topicId
  MATCH (topic:Topic {id: topicId})
  MERGE (m)-[e:ABOUT]->(topic)
  SET e.sources = CASE WHEN row.url IN coalesce(e.sources, []) THEN e.sources ELSE coalesce(e.sources, []) + row.url END
}
CALL (m, row) {
  UNWIND (CASE WHEN row.eventId IS NULL THEN [] ELSE [row.eventId] END) AS eventId
  MATCH (event:Event {id: eventId})
  MERGE (m)-[e:DURING]->(event)
  SET e.sources = CASE WHEN row.url IN coalesce(e.sources, []) THEN e.sources ELSE coalesce(e.sources, []) + row.url END
}
