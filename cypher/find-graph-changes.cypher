// Articles stored and curation actions made since a moment (an ISO datetime), oldest first:
// what live views refresh on. Both sides read through the range indexes on ingestedAt and at.
CALL () {
  MATCH (a:Article) WHERE a.ingestedAt >= datetime($since)
  RETURN a.ingestedAt AS at, a.url AS url
  UNION ALL
  MATCH (c:Curation) WHERE c.at >= datetime($since)
  RETURN c.at AS at, null AS url
}
RETURN toString(at) AS at, url
ORDER BY at
LIMIT toInteger($limit)
