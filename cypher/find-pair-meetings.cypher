// One page of meetings two (or more) people shared, newest first: a seek on the pair index
// (PAIRED, one loop on each meeting per pair of its participants, keyed by the pair and carrying
// the meeting's sortKey), read in the index's own order and stopped at the page's end, so a page
// costs about its own size however many meetings the pair shared. $lower and $upper bound the
// sortKey from the date range and the cursor; every filter still applies to each meeting.
// ORDER BY names both index properties: with the key alone fixed, that is what lets Neo4j read
// the index in order instead of sorting every shared meeting. The hint keeps it a seek: with
// fresh index statistics the planner may otherwise scan the whole index in that order.
MATCH ()-[r:PAIRED]->(m:Meeting)
USING INDEX SEEK r:PAIRED(key, sortKey)
WHERE r.key = $pairKey AND r.sortKey >= $lower AND r.sortKey < $upper
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($from IS NULL OR m.day >= date($from))
  AND ($to IS NULL OR m.day <= date($to))
  AND all(pid IN $participants WHERE exists { (:Person {id: pid})-[:ATTENDED]->(m) })
  AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
  AND ($placeIds IS NULL OR exists { (m)-[:HELD_IN]->(p:Place) WHERE p.id IN $placeIds })
  AND ($countryId IS NULL OR exists { (m)-[:HELD_IN]->(:Place)-[:IN]->(:Country {id: $countryId}) })
  AND all(cid IN $countryIds WHERE exists { (m)<-[:ATTENDED]-(:Person)-[:FROM]->(:Country {id: cid}) })
RETURN m.id AS id, r.sortKey AS sortKey
ORDER BY r.key DESC, r.sortKey DESC
LIMIT toInteger($limit)
