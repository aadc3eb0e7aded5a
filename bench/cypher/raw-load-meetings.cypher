// The ceiling: articles and their meetings in batches, with the properties and edges (and
// sources on them) that Parley's per-article transaction writes. MENTIONS edges are left out.
UNWIND $rows AS row
MERGE (a:Article {url: row.article.url})
SET a.title = row.article.title, a.published = row.article.published, a.lang = row.article.lang,
    a.contentHash = row.article.contentHash, a.triples = row.article.triples, a.ingestedAt = datetime()
WITH a, row
UNWIND row.meetings AS mt
MERGE (m:Meeting {id: mt.id})
ON CREATE SET m.kind = mt.kind, m.createdAt = datetime(), m.date = mt.date, m.datePrecision = mt.datePrecision,
              m.day = CASE WHEN mt.day IS NULL THEN null ELSE date(mt.day) END
SET m.sortKey = toString(coalesce(m.day, date('0001-01-01'))) + '|' + m.id
MERGE (m)-[r:REPORTED_BY]->(a)
SET r.evidence = mt.evidence, r.confidence = mt.confidence
WITH m, mt, a
CALL (m, mt, a) {
  UNWIND mt.participants AS pid
  MATCH (p:Person {id: pid})
  MERGE (p)-[e:ATTENDED]->(m)
  SET e.sources = coalesce(e.sources, []) + a.url
}
CALL (m, mt, a) {
  UNWIND (CASE WHEN mt.placeId IS NULL THEN [] ELSE [mt.placeId] END) AS placeId
  MATCH (place:Place {id: placeId})
  MERGE (m)-[e:HELD_IN]->(place)
  SET e.sources = coalesce(e.sources, []) + a.url
}
CALL (m, mt, a) {
  UNWIND mt.topicIds AS topicId
  MATCH (topic:Topic {id: topicId})
  MERGE (m)-[e:ABOUT]->(topic)
  SET e.sources = coalesce(e.sources, []) + a.url
}
