// A person's meeting network to depth 1 or 2 within date or topic filters (the unfiltered
// network reads the MET projection instead: find-network-projected): the people, top $first by
// meetings within the filters, and between every two of them how often they met and when last.
MATCH (center:Person {id: $personId})
CALL (center) {
  MATCH (center)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(p:Person)
  WHERE ($from IS NULL OR m.day >= date($from)) AND ($to IS NULL OR m.day <= date($to))
    AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
  RETURN collect(DISTINCT p) AS level1
}
// Level 2 streams into DISTINCT, which keeps only the people seen: a hub's level-2 rows run to
// hundreds of thousands and must not be held (they exceeded the transaction memory at 100k).
CALL (center, level1) {
  UNWIND [center] + level1 AS person
  RETURN person
  UNION
  WITH level1 WHERE $depth >= 2
  UNWIND level1 AS near
  MATCH (near)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(person:Person)
  WHERE ($from IS NULL OR m.day >= date($from)) AND ($to IS NULL OR m.day <= date($to))
    AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
  RETURN DISTINCT person
}
CALL (person) {
  MATCH (person)-[:ATTENDED]->(m:Meeting)
  WHERE ($from IS NULL OR m.day >= date($from)) AND ($to IS NULL OR m.day <= date($to))
    AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
  RETURN count(m) AS meetingCount
}
WITH center, person, meetingCount
ORDER BY person = center DESC, meetingCount DESC, person.name
LIMIT toInteger($first)
WITH center, person, meetingCount,
     CASE WHEN person = center THEN 0
          WHEN exists {
            (center)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(person)
            WHERE ($from IS NULL OR m.day >= date($from)) AND ($to IS NULL OR m.day <= date($to))
              AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
          } THEN 1
          ELSE 2 END AS depth
WITH collect({person: person, meetingCount: meetingCount, depth: depth}) AS kept
WITH kept, [k IN kept | k.person] AS people
CALL (people) {
  UNWIND people AS a
  MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person)
  WHERE a.id < b.id AND b IN people
    AND ($from IS NULL OR m.day >= date($from)) AND ($to IS NULL OR m.day <= date($to))
    AND ($topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN $topicIds })
  WITH a, b, count(DISTINCT m) AS meetingCount, max(m.day) AS lastDay, max(m.date) AS lastDate
  RETURN collect({source: a.id, target: b.id, meetingCount: meetingCount, lastDate: coalesce(toString(lastDay), lastDate)}) AS edges
}
RETURN [k IN kept | {personId: k.person.id, meetingCount: k.meetingCount, depth: k.depth}] AS nodes, edges
