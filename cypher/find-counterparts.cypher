// Person.counterparts for a batch of people: whom each met, most meetings first.
UNWIND $requests AS request
MATCH (p:Person {id: request.personId})
CALL (p, request) {
  MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other:Person)
  WITH other, count(DISTINCT m) AS meetingCount, max(m.day) AS lastDay, max(m.date) AS lastDate,
       collect(DISTINCT [(m)-[:ABOUT]->(t:Topic) | t {.id, .name, .names}]) AS topicLists
  ORDER BY meetingCount DESC, lastDay DESC, other.name
  // LIMIT cannot read a row's value inside a subquery; a slice of the ordered list can.
  WITH collect({
    personId: other.id, meetingCount: meetingCount,
    lastMet: coalesce(toString(lastDay), lastDate),
    topics: reduce(acc = [], ts IN topicLists | acc + [t IN ts WHERE NOT t IN acc])
  }) AS counterparts
  RETURN counterparts[0..request.limit] AS counterparts
}
RETURN request.key AS key, counterparts
