// How each surface form in the article was linked, and why, for review and curation.
UNWIND $mentions AS row
MATCH (a:Article {url: row.url})
MATCH (n:Entity {id: row.entityId})
MERGE (a)-[r:MENTIONS {text: row.text}]->(n)
SET r.start = row.start, r.end = row.end, r.reason = row.reason, r.confidence = row.confidence
