// Entities no statement refers to any more (no meeting, no mention), created by ingest only;
// curated entities (merged, or given an alias by hand) stay. Their unshared aliases go with them.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n.curated IS NULL
  AND NOT (n)-[:ATTENDED|HELD_IN|ABOUT|DURING]-(:Meeting)
  AND NOT (n)<-[:MENTIONS]-(:Article)
  AND NOT (n)<-[:IN|FROM]-(:Entity)
OPTIONAL MATCH (n)-[:NAMED]->(alias:Alias)
WITH n, collect(alias) AS aliases
DETACH DELETE n
WITH aliases
UNWIND aliases AS alias
WITH alias
WHERE NOT (alias)<-[:NAMED]-()
DELETE alias
