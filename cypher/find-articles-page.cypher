// Export, a page at a time in URL order (keyset, so memory stays flat on any graph size).
MATCH (a:Article)
WHERE $after IS NULL OR a.url > $after
RETURN a.url AS url, a.triples AS triples
ORDER BY a.url
LIMIT toInteger($limit)
