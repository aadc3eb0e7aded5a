// First step of replacing or retracting an article: take its URL off the provenance of every
// edge of the meetings it reported, and delete the edges that no other article supports.
MATCH (:Article {url: $url})<-[:REPORTED_BY]-(m:Meeting)
MATCH (m)-[e:ATTENDED|HELD_IN|ABOUT|DURING]-()
WHERE $url IN e.sources
SET e.sources = [s IN e.sources WHERE s <> $url]
WITH e
WHERE size(e.sources) = 0
DELETE e
