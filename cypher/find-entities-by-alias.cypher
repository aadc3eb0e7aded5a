// Graph nodes already known by any of a mention's name keys: how an article attaches to people
// first seen in earlier articles instead of duplicating them.
UNWIND $lookups AS lookup
UNWIND lookup.keys AS key
MATCH (:Alias {key: key})<-[:NAMED]-(n:Entity)
WHERE lookup.label IN labels(n)
RETURN lookup.ref AS ref, collect(DISTINCT n.id) AS ids
