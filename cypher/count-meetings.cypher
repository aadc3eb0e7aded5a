// totalCount of the meetings connection: the same filters as find-meetings, without the cursor.
// Start from the filter's rarest anchor: the participant with the fewest meetings, or the one
// topic or place when that has fewer; a participant's country only when nothing narrower is
// named (its meetings are its people's). An expand from it, not a scan, and a small one even
// when the filter also names a leader with thousands of meetings.
CALL () {
  CALL () {
    UNWIND $participants AS pid
    MATCH (p:Person {id: pid})
    RETURN p AS anchor, COUNT { (p)-[:ATTENDED]->() } AS cost
    UNION
    UNWIND (CASE WHEN size(coalesce($topicIds, [])) = 1 THEN $topicIds ELSE [] END) AS tid
    MATCH (t:Topic {id: tid})
    RETURN t AS anchor, COUNT { (t)<-[:ABOUT]-() } AS cost
    UNION
    UNWIND (CASE WHEN size(coalesce($placeIds, [])) = 1 THEN $placeIds ELSE [] END) AS plid
    MATCH (pl:Place {id: plid})
    RETURN pl AS anchor, COUNT { (pl)<-[:HELD_IN]-() } AS cost
    UNION
    UNWIND $countryIds AS cid
    MATCH (c:Country {id: cid})
    RETURN c AS anchor, 1e12 + COUNT { (c)<-[:FROM]-() } AS cost
  }
  WITH anchor ORDER BY cost LIMIT 1
  CALL (anchor) {
    MATCH (anchor)-[:ATTENDED|ABOUT|HELD_IN]-(m:Meeting)
    RETURN m
    UNION
    MATCH (anchor:Country)<-[:FROM]-(:Person)-[:ATTENDED]->(m:Meeting)
    RETURN m
  }
  RETURN m
  UNION
  WITH 1 AS unanchored
  WHERE size($participants) = 0 AND size($countryIds) = 0
    AND size(coalesce($topicIds, [])) <> 1 AND size(coalesce($placeIds, [])) <> 1
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
  AND all(cid IN $countryIds WHERE exists { (m)<-[:ATTENDED]-(:Person)-[:FROM]->(:Country {id: cid}) })
RETURN count(m) AS total
