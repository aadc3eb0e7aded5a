// Person.counterparts for a batch of people: whom each met, most meetings first. Read from the
// MET projection (one pre-counted edge per pair, holding its people's ids as `low` and `high`),
// through its two indexes on (low, meetings) and (high, meetings) read in order: the person's
// $limit best-met pairs on each side, then every pair tied with the last of those (so the
// tie-break by last meeting and name is exact), whatever the person's number of counterparts.
// Hints keep them seeks whatever the index statistics say.
// Topics are read only when asked for (find-pair-topics).
UNWIND $requests AS request
MATCH (p:Person {id: request.personId})
CALL (p) {
  MATCH ()-[r:MET]->() USING INDEX SEEK r:MET(low, meetings) WHERE r.low = p.id AND r.meetings > 0
  RETURN r ORDER BY r.low DESC, r.meetings DESC LIMIT toInteger($limit)
  UNION
  MATCH ()-[r:MET]->() USING INDEX SEEK r:MET(high, meetings) WHERE r.high = p.id AND r.meetings > 0
  RETURN r ORDER BY r.high DESC, r.meetings DESC LIMIT toInteger($limit)
}
WITH p, request, r ORDER BY r.meetings DESC
WITH p, request, collect(r.meetings) AS counts
// The fewest meetings a pair can have and still be among the first $limit.
WITH p, request, counts[size(counts) - 1] AS lowest, counts[toInteger(request.limit) - 1] AS cut
WITH p, request, coalesce(cut, lowest) AS threshold
CALL (p, threshold) {
  MATCH ()-[r:MET]->() USING INDEX SEEK r:MET(low, meetings) WHERE r.low = p.id AND r.meetings >= threshold
  RETURN r
  UNION
  MATCH ()-[r:MET]->() USING INDEX SEEK r:MET(high, meetings) WHERE r.high = p.id AND r.meetings >= threshold
  RETURN r
}
WITH p, request, r, CASE WHEN r.low = p.id THEN endNode(r) ELSE startNode(r) END AS other
WITH p, request, other, r ORDER BY r.meetings DESC, r.lastDay DESC, other.name
// LIMIT cannot read a row's value inside a subquery; a slice of the ordered list can.
WITH p, request, collect({other: other, meetingCount: r.meetings, lastMet: coalesce(toString(r.lastDay), r.lastDate)}) AS ranked
UNWIND ranked[0..request.limit] AS c
WITH request, c, c.other AS other
// Each counterpart whole, so naming them costs no second statement.
RETURN request.key AS key, collect({
  person: other {.id, .name, .names, .title, country: [(other)-[:FROM]->(k:Country) | k {.id, .iso2, .name, .names}][0]},
  meetingCount: c.meetingCount, lastMet: c.lastMet
}) AS counterparts
