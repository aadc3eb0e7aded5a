// The ceiling's entities in their containers, as Parley's writer links them: a person FROM a
// country, a place IN one. After raw-load-entities, so both ends exist.
UNWIND $rows AS row
WITH row WHERE row.container IS NOT NULL
MATCH (n:Entity {id: row.id})
MATCH (container:Entity {id: row.container.id})
MERGE (n)-[:$(row.container.rel)]->(container)
