// Person.meetings for a batch of people: each person's page of meeting ids, newest first.
UNWIND $requests AS request
MATCH (p:Person {id: request.personId})
CALL (p, request) {
  MATCH (p)-[:ATTENDED]->(m:Meeting)
  WHERE request.after IS NULL OR m.sortKey < request.after
  WITH m ORDER BY m.sortKey DESC
  // LIMIT cannot read a row's value inside a subquery; a slice of the ordered list can.
  WITH collect({id: m.id, sortKey: m.sortKey}) AS page
  RETURN page[0..request.limit] AS page
}
RETURN request.key AS key, page, COUNT { (p)-[:ATTENDED]->(:Meeting) } AS total
