// One page of meetings, newest first (keyset on sortKey = day|id), with all filters applied.
// Start from the filter's rarest anchor, by what each would cost to expand: a participant's or
// a topic's or place's meetings (their degree), a participant country's (its people times the
// graph's mean attendance), or the date range's (the graph's meetings times the share of its
// span the range covers, read from the day index; only without participants, whose degree is
// exact and cheaper to read). A seek and an expand, never a scan, unless the filter names none.
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
    CALL () { MATCH (p:Person) RETURN count(p) AS people }
    CALL () { MATCH (:Person)-[a:ATTENDED]->() RETURN count(a) AS attended }
    RETURN c AS anchor, toFloat(COUNT { (c)<-[:FROM]-() }) * attended / CASE WHEN people = 0 THEN 1 ELSE people END AS cost
    UNION
    WITH 1 AS dated WHERE ($from IS NOT NULL OR $to IS NOT NULL) AND size($participants) = 0
    CALL () { MATCH (m:Meeting) WHERE m.day IS NOT NULL RETURN m.day AS first ORDER BY m.day ASC LIMIT 1 }
    CALL () { MATCH (m:Meeting) WHERE m.day IS NOT NULL RETURN m.day AS last ORDER BY m.day DESC LIMIT 1 }
    CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings }
    WITH first, last, meetings,
      CASE WHEN $from IS NULL OR date($from) < first THEN first ELSE date($from) END AS lo,
      CASE WHEN $to IS NULL OR date($to) > last THEN last ELSE date($to) END AS hi
    RETURN null AS anchor,
      CASE WHEN hi < lo THEN 0.0 ELSE toFloat(meetings) * (duration.inDays(lo, hi).days + 1) / (duration.inDays(first, last).days + 1) END AS cost
  }
  WITH anchor ORDER BY cost LIMIT 1
  CALL (anchor) {
    WITH anchor WHERE anchor IS NOT NULL
    MATCH (anchor)-[:ATTENDED|ABOUT|HELD_IN]-(m:Meeting)
    RETURN m
    UNION
    WITH anchor WHERE anchor IS NOT NULL
    MATCH (anchor:Country)<-[:FROM]-(:Person)-[:ATTENDED]->(m:Meeting)
    RETURN m
    UNION
    WITH anchor WHERE anchor IS NULL
    MATCH (m:Meeting)
    WHERE m.day >= coalesce(date($from), date('0001-01-01')) AND m.day <= coalesce(date($to), date('9999-12-31'))
    RETURN m
  }
  RETURN m
  UNION
  WITH 1 AS unanchored
  WHERE size($participants) = 0 AND size($countryIds) = 0 AND $from IS NULL AND $to IS NULL
    AND size(coalesce($topicIds, [])) <> 1 AND size(coalesce($placeIds, [])) <> 1
  MATCH (m:Meeting) WHERE m.sortKey IS NOT NULL
  RETURN m
}
WITH m
WHERE ($after IS NULL OR m.sortKey < $after)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($from IS NULL OR m.day >= date($from))
  AND ($to IS NULL OR m.day <= date($to))
  AND all(pid IN $participants WHERE exists { (:Person {id: pid})-[:ATTENDED]->(m) })
  AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
  AND ($placeIds IS NULL OR exists { (m)-[:HELD_IN]->(p:Place) WHERE p.id IN $placeIds })
  AND ($countryId IS NULL OR exists { (m)-[:HELD_IN]->(:Place)-[:IN]->(:Country {id: $countryId}) })
  AND all(cid IN $countryIds WHERE exists { (m)<-[:ATTENDED]-(:Person)-[:FROM]->(:Country {id: cid}) })
RETURN m.id AS id, m.sortKey AS sortKey
ORDER BY m.sortKey DESC
LIMIT toInteger($limit)
