// Every pair of people who attended a meeting with this entity: after a curation merge moved
// meetings onto it (and collapsed duplicates), these pairs' MET projection is recomputed.
MATCH (:Entity {id: $entityId})-[:ATTENDED|HELD_IN|ABOUT|DURING]-(m:Meeting)
MATCH (a:Person)-[:ATTENDED]->(m)<-[:ATTENDED]-(b:Person)
WHERE a.id < b.id
RETURN collect(DISTINCT [a.id, b.id]) AS pairs
