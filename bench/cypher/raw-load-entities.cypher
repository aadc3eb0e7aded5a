// The ceiling: entities of many articles in one statement, the same nodes Parley's writer makes.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name, n.createdAt = datetime()
SET n:$(row.label),
    n.names = reduce(acc = coalesce(n.names, []), x IN row.names | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n += row.props
FOREACH (key IN row.keys |
  MERGE (alias:Alias {key: key})
  MERGE (n)-[:NAMED]->(alias))
