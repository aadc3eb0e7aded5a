// A person's meeting network to depth 1 or 2 within the filters: the people (top $first by
// meetings) and, between every two of them, how often they met, when last, and about what.
MATCH (center:Person {id: $personId})
CALL (center) {
  MATCH (center)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(p:Person)
  WHERE ($from IS NULL OR m.day >= date($from)) AND ($to IS NULL OR m.day <= date($to))
    AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
  RETURN collect(DISTINCT p) AS level1
}
CALL (center, level1) {
  UNWIND (CASE WHEN $depth >= 2 THEN level1 ELSE [] END) AS near
  MATCH (near)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(p:Person)
  WHERE p <> center AND NOT p IN level1
    AND ($from IS NULL OR m.day >= date($from)) AND ($to IS NULL OR m.day <= date($to))
    AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
  RETURN collect(DISTINCT p) AS level2
}
WITH center, [center] + level1 + level2 AS everyone, level1
UNWIND everyone AS person
CALL (person) {
  MATCH (person)-[:ATTENDED]->(m:Meeting)
  WHERE ($from IS NULL OR m.day >= date($from)) AND ($to IS NULL OR m.day <= date($to))
    AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
  RETURN count(m) AS meetingCount
}
WITH center, level1, person, meetingCount
ORDER BY person = center DESC, meetingCount DESC, person.name
LIMIT toInteger($first)
WITH collect({person: person, meetingCount: meetingCount,
              depth: CASE WHEN person = center THEN 0 WHEN person IN level1 THEN 1 ELSE 2 END}) AS nodes
WITH nodes, [n IN nodes | n.person] AS people
CALL (people) {
  UNWIND people AS a
  MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)
  WHERE a.id < b.id AND b IN people
    AND ($from IS NULL OR m.day >= date($from)) AND ($to IS NULL OR m.day <= date($to))
    AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
  WITH a, b, count(DISTINCT m) AS meetingCount, max(m.day) AS lastDay, max(m.date) AS lastDate,
       collect(DISTINCT [(m)-[:ABOUT]->(t:Topic) | t {.id, .name, .names}]) AS topicLists
  RETURN collect({
    source: a.id, target: b.id, meetingCount: meetingCount,
    lastDate: coalesce(toString(lastDay), lastDate),
    topics: reduce(acc = [], ts IN topicLists | acc + [t IN ts WHERE NOT t IN acc])
  }) AS edges
}
RETURN [n IN nodes | {personId: n.person.id, meetingCount: n.meetingCount, depth: n.depth}] AS nodes, edges
