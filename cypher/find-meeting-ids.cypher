// The meetings an article reports.
MATCH (:Article {url: $url})<-[:REPORTED_BY]-(m:Meeting)
RETURN m.id AS id
ORDER BY id
