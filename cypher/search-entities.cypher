// Name search in any script: an exact or prefix match of a normalized alias ranks first, then
// the fulltext index (CJK bigrams, so 王毅 and 拉夫羅夫 match inside longer strings).
CALL (*) {
  MATCH (alias:Alias) WHERE alias.key STARTS WITH $key AND $key <> ''
  MATCH (alias)<-[:NAMED]-(n:Entity) WHERE $label IN labels(n)
  RETURN n, CASE WHEN alias.key = $key THEN 1000.0 ELSE 100.0 END AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($first * 2)}) YIELD node, score
  RETURN node AS n, score
}
WITH n, max(score) AS score
ORDER BY score DESC, n.name
LIMIT toInteger($first)
RETURN n {
  .id, .name, .names, .title, .iso2,
  country: [(n)-[:IN|FROM]->(c:Country) | c {.id, .iso2, .name, .names}][0]
} AS entity
