// The meetings each article reports.
UNWIND $urls AS url
MATCH (:Article {url: url})<-[:REPORTED_BY]-(m:Meeting)
WITH url, m.id AS id ORDER BY id
RETURN url, collect(id) AS ids
