// totalCount of the meetings connection when it names two (or more) people: the filters of
// find-pair-meetings over the pair index, without the cursor.
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
RETURN count(m) AS total
