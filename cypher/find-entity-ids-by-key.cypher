// Entities of one label known by exactly this normalized name.
MATCH (:Alias {key: $key})<-[:NAMED]-(n:Entity)
WHERE $label IN labels(n)
RETURN n.id AS id
ORDER BY id
