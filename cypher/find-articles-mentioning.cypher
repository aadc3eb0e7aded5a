// Articles whose statements involve an entity, with the triples they were built from.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (a:Article)-[:MENTIONS]->(n) RETURN a
  UNION
  MATCH (n)-[:ATTENDED|HELD_IN|ABOUT|DURING]-(:Meeting)-[:REPORTED_BY]->(a:Article) RETURN a
}
RETURN DISTINCT a.url AS url, a.triples AS triples
