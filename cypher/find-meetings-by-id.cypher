// Meetings with everything an analyst reads about them, one round trip for a whole page; the
// participants come whole, so listing them costs no second statement.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN m {
  .id, .kind, .date, .datePrecision,
  place: [(m)-[:HELD_IN]->(pl:Place) | pl {.id, .name, .names, country: [(pl)-[:IN]->(c:Country) | c {.id, .iso2, .name, .names}][0]}][0],
  participants: [(p:Person)-[:ATTENDED]->(m) | p {.id, .name, .names, .title, country: [(p)-[:FROM]->(c:Country) | c {.id, .iso2, .name, .names}][0]}],
  topics: [(m)-[:ABOUT]->(t:Topic) | t {.id, .name, .names}],
  event: [(m)-[:DURING]->(e:Event) | e {.id, .name, .names}][0],
  sources: [(m)-[r:REPORTED_BY]->(a:Article) | {
    evidence: r.evidence, confidence: r.confidence,
    article: a {.url, .title, .published, .lang, .contentHash}
  }]
} AS meeting
