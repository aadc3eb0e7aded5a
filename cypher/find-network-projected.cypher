// A person's whole meeting network (no date or topic filter) to depth 1 or 2, read from the
// MET projection: the people, top $first by meetings attended, and between every two of them
// how often they met and when last. Depth is worked out only for the people kept.
MATCH (center:Person {id: $personId})
// Everyone within $depth hops, each once: with DISTINCT the planner walks MET breadth-first and
// visits a person only once, instead of enumerating every path (a hub's level-2 paths are
// hundreds of thousands, and holding them exceeded the transaction memory at 100k meetings).
// Variable-length bounds cannot be parameters, hence one branch per depth.
CALL (center) {
  WITH center WHERE $depth < 2
  MATCH (center)-[:MET*0..1]-(person)
  RETURN DISTINCT person
  UNION
  WITH center WHERE $depth >= 2
  MATCH (center)-[:MET*0..2]-(person)
  RETURN DISTINCT person
}
// A degree lookup, not an expand: every ATTENDED edge ends at a meeting.
WITH center, person, COUNT { (person)-[:ATTENDED]->() } AS meetingCount
ORDER BY person = center DESC, meetingCount DESC, person.name
LIMIT toInteger($first)
WITH center, person, meetingCount,
     CASE WHEN person = center THEN 0 WHEN exists { (center)-[:MET]-(person) } THEN 1 ELSE 2 END AS depth
WITH collect({person: person, meetingCount: meetingCount, depth: depth}) AS kept
WITH kept, [k IN kept | k.person] AS people
CALL (people) {
  UNWIND people AS a
  MATCH (a)-[r:MET]->(b:Person)
  WHERE b IN people
  RETURN collect({source: a.id, target: b.id, meetingCount: r.meetings, lastDate: coalesce(toString(r.lastDay), r.lastDate)}) AS edges
}
RETURN [k IN kept | {personId: k.person.id, meetingCount: k.meetingCount, depth: k.depth}] AS nodes, edges
