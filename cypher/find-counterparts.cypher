// Person.counterparts for a batch of people: whom each met, most meetings first. Read from the
// MET projection (one pre-counted edge per pair), so a leader with thousands of meetings costs
// one edge per counterpart, not one row per shared meeting. Topics are read only when asked for
// (find-pair-topics).
UNWIND $requests AS request
MATCH (p:Person {id: request.personId})
CALL (p, request) {
  MATCH (p)-[r:MET]-(other:Person)
  WITH other, r ORDER BY r.meetings DESC, r.lastDay DESC, other.name
  // LIMIT cannot read a row's value inside a subquery; a slice of the ordered list can.
  WITH collect({other: other, meetingCount: r.meetings, lastMet: coalesce(toString(r.lastDay), r.lastDate)}) AS ranked
  UNWIND ranked[0..request.limit] AS c
  WITH c, c.other AS other
  // Each counterpart whole, so naming them costs no second statement.
  RETURN collect({
    person: other {.id, .name, .names, .title, country: [(other)-[:FROM]->(k:Country) | k {.id, .iso2, .name, .names}][0]},
    meetingCount: c.meetingCount, lastMet: c.lastMet
  }) AS counterparts
}
RETURN request.key AS key, counterparts
