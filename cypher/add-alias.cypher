// A name given by hand: stored, keyed for linking, and marks the entity curated (kept even
// when no article mentions it any more).
MATCH (n:Entity {id: $id})
SET n.names = CASE WHEN $alias IN n.names THEN n.names ELSE n.names + $alias END,
    n.curated = true
MERGE (a:Alias {key: $key})
MERGE (n)-[:NAMED]->(a)
RETURN n.id AS id
