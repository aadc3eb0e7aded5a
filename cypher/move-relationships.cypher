// Curation merges: every relationship of one node moves onto another with its type, direction
// and properties. Where both already had the edge, provenance lists are united; mentions are
// kept one by one since each records its own text. MET (the projection) and PAIRED (a meeting's
// pair index loops) are not moved: the caller recomputes them for the kept node afterwards.
MATCH (gone) WHERE elementId(gone) = $goneElementId
MATCH (keep) WHERE elementId(keep) = $keepElementId
CALL (gone, keep) {
  MATCH (gone)-[r]->(x) WHERE x <> keep AND x <> gone AND NOT type(r) IN ['MET', 'PAIRED']
  WITH keep, x, r, type(r) AS t, properties(r) AS props
  DELETE r
  MERGE (keep)-[k:$(t)]->(x)
  ON CREATE SET k = props
  ON MATCH SET k.sources = reduce(acc = coalesce(k.sources, []), s IN coalesce(props.sources, []) | CASE WHEN s IN acc THEN acc ELSE acc + s END)
  RETURN count(*) AS outgoing
}
CALL (gone, keep) {
  MATCH (x)-[r]->(gone) WHERE x <> keep AND x <> gone AND NOT type(r) IN ['MENTIONS', 'MET', 'PAIRED']
  WITH keep, x, r, type(r) AS t, properties(r) AS props
  DELETE r
  MERGE (x)-[k:$(t)]->(keep)
  ON CREATE SET k = props
  ON MATCH SET k.sources = reduce(acc = coalesce(k.sources, []), s IN coalesce(props.sources, []) | CASE WHEN s IN acc THEN acc ELSE acc + s END)
  RETURN count(*) AS incoming
}
CALL (gone, keep) {
  MATCH (x)-[r:MENTIONS]->(gone)
  CREATE (x)-[k:MENTIONS]->(keep)
  SET k = properties(r)
  DELETE r
  RETURN count(*) AS mentions
}
RETURN outgoing + incoming + mentions AS moved
