// Meetings with everything an analyst reads about them, one round trip for a whole page.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN m {
  .id, .kind, .date, .datePrecision,
  place: [(m)-[:HELD_IN]->(pl:Place) | pl {.id, .name, .names, country: [(pl)-[:IN]->(c:Country) | c {.id, .iso2, .name, .names}][0]}][0],
  participantIds: [(p:Person)-[:ATTENDED]->(m) | p.id],
  topics: [(m)-[:ABOUT]->(t:Topic) | t {.id, .name, .names}],
  event: [(m)-[:DURING]->(e:Event) | e {.id, .name, .names}][0],
  sources: [(m)-[r:REPORTED_BY]->(a:Article) | {
    evidence: r.evidence, confidence: r.confidence,
    article: a {.url, .title, .published, .lang, .contentHash}
  }]
} AS meeting
