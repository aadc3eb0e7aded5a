// Removes the article's mentions and reports; meetings no other article reports go too.
MATCH (a:Article {url: $url})
OPTIONAL MATCH (a)-[mention:MENTIONS]->()
DELETE mention
WITH DISTINCT a
OPTIONAL MATCH (a)<-[report:REPORTED_BY]-(m:Meeting)
DELETE report
WITH DISTINCT m
WHERE m IS NOT NULL AND NOT (m)-[:REPORTED_BY]->(:Article)
DETACH DELETE m
