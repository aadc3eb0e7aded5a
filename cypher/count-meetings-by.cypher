// meetingCounts: the meetings of the meetings connection's filters (and its anchors: the
// cheapest of a participant, topic, place, participant's country or date range), grouped by the
// dimensions in $by. Each meeting yields one bucket per combination of its values (one per
// dimension; a dimension it has no value for, such as the year of an undated meeting, drops
// it), so a meeting counts once per bucket however many people of one country took part.
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
WHERE ($kind IS NULL OR m.kind = $kind)
  AND ($from IS NULL OR m.day >= date($from))
  AND ($to IS NULL OR m.day <= date($to))
  AND all(pid IN $participants WHERE exists { (:Person {id: pid})-[:ATTENDED]->(m) })
  AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
  AND ($placeIds IS NULL OR exists { (m)-[:HELD_IN]->(p:Place) WHERE p.id IN $placeIds })
  AND ($countryId IS NULL OR exists { (m)-[:HELD_IN]->(:Place)-[:IN]->(:Country {id: $countryId}) })
// The participants and their countries in one expand, each country once and in code order
// (pairs are then CN–RU, never RU–CN); the countries filter reads the same list. Buckets are
// grouped on keys alone (ids, codes, years); only the buckets returned look up their names.
CALL (m) {
  MATCH (p:Person)-[:ATTENDED]->(m)
  OPTIONAL MATCH (p)-[:FROM]->(c:Country)
  WITH p, c ORDER BY c.iso2
  RETURN collect(DISTINCT p.id) AS people, collect(DISTINCT c.iso2) AS countries
}
WITH m, people, countries
WHERE all(cid IN $countryIds WHERE any(code IN countries WHERE 'country:' + toLower(code) = cid))
WITH m, people, [d IN $by |
  [v IN CASE d
    WHEN 'YEAR' THEN [y IN [toString(m.date)] WHERE y =~ '\\d{4}.*' | left(y, 4)]
    WHEN 'MONTH' THEN [y IN [toString(m.date)] WHERE y =~ '\\d{4}-\\d{2}.*' | left(y, 7)]
    WHEN 'KIND' THEN [m.kind]
    WHEN 'TOPIC' THEN [(m)-[:ABOUT]->(t:Topic) | t.id]
    WHEN 'PERSON' THEN people
    WHEN 'COUNTRY' THEN countries
    ELSE reduce(pairs = [], i IN range(0, size(countries) - 2) | pairs + [j IN range(i + 1, size(countries) - 1) | countries[i] + '–' + countries[j]])
  END WHERE v IS NOT NULL]] AS dimensions
WITH m, people, reduce(combos = [[]], values IN dimensions | reduce(next = [], combo IN combos | next + [v IN values | combo + [v]])) AS combos
UNWIND combos AS combo
UNWIND (CASE WHEN size(people) = 0 THEN [null] ELSE people END) AS person
WITH combo, count(DISTINCT m) AS count, count(DISTINCT person) AS people, max(toString(m.date)) AS lastDate
WITH combo, count, people, lastDate, reduce(key = '', v IN combo | key + CASE WHEN key = '' THEN '' ELSE '|' END + v) AS key,
  CASE WHEN $orderBy = 'KEY' THEN 0 ELSE -count END AS rank
ORDER BY rank, key
LIMIT toInteger($first)
CALL (combo) {
  UNWIND range(0, size(combo) - 1) AS i
  WITH i, combo[i] AS key, $by[i] AS by
  OPTIONAL MATCH (t:Topic {id: key}) WHERE by = 'TOPIC'
  OPTIONAL MATCH (p:Person {id: key}) WHERE by = 'PERSON'
  OPTIONAL MATCH (c:Country {iso2: key}) WHERE by = 'COUNTRY'
  OPTIONAL MATCH (a:Country {iso2: split(key, '–')[0]}) WHERE by = 'COUNTRY_PAIR'
  OPTIONAL MATCH (b:Country {iso2: split(key, '–')[1]}) WHERE by = 'COUNTRY_PAIR'
  WITH i, key, CASE by WHEN 'TOPIC' THEN t.name WHEN 'PERSON' THEN p.name WHEN 'COUNTRY' THEN c.name WHEN 'COUNTRY_PAIR' THEN a.name + '–' + b.name END AS label
  ORDER BY i
  RETURN collect({key: key, label: coalesce(label, key)}) AS values
}
RETURN values, count, people, lastDate
ORDER BY rank, key
