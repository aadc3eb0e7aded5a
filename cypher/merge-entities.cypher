// Every entity carries :Entity (one id index for all) and its own label. Names are a set: an
// article that knows another form of a name teaches it to the node.
// A place stands IN its country; a person is FROM theirs.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name, n.createdAt = datetime()
SET n:$(row.label),
    n.names = reduce(acc = coalesce(n.names, []), x IN row.names | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n += row.props
FOREACH (key IN row.keys |
  MERGE (alias:Alias {key: key})
  MERGE (n)-[:NAMED]->(alias))
WITH n, row
CALL (n, row) {
  UNWIND (CASE WHEN row.inId IS NULL THEN [] ELSE [row.inId] END) AS inId
  MATCH (container:Entity {id: inId})
  MERGE (n)-[:$(row.inType)]->(container)
}
