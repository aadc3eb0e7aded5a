// totalCount of the meetings connection: the same filters as find-meetings, without the cursor.
CALL (*) {
  WITH $participants AS participants WHERE size(participants) > 0
  MATCH (:Person {id: participants[0]})-[:ATTENDED]->(m:Meeting)
  RETURN m
  UNION
  WITH $participants AS participants WHERE size(participants) = 0
  MATCH (m:Meeting) WHERE m.sortKey IS NOT NULL
  RETURN m
}
WITH m
WHERE ($kind IS NULL OR m.kind = $kind)
  AND ($from IS NULL OR m.day >= date($from))
  AND ($to IS NULL OR m.day <= date($to))
  AND all(pid IN $participants WHERE exists { (:Person {id: pid})-[:ATTENDED]->(m) })
  AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
  AND ($placeIds IS NULL OR exists { (m)-[:HELD_IN]->(p:Place) WHERE p.id IN $placeIds })
  AND ($countryId IS NULL OR exists { (m)-[:HELD_IN]->(:Place)-[:IN]->(:Country {id: $countryId}) })
RETURN count(m) AS total
