// The pairs of people who met in the meetings an article reports, gathered before the article
// is replaced or retracted, so their MET projection can be recomputed afterwards.
MATCH (:Article {url: $url})<-[:REPORTED_BY]-(m:Meeting)
MATCH (a:Person)-[:ATTENDED]->(m)<-[:ATTENDED]-(b:Person)
WHERE a.id < b.id
RETURN collect(DISTINCT [a.id, b.id]) AS pairs
