// The topics of the meetings each pair of people shared, within optional date and topic
// filters, most discussed first: read only when a client asks for a link's topics.
UNWIND $requests AS request
MATCH (a:Person {id: request.a})
MATCH (b:Person {id: request.b})
CALL (a, b, request) {
  MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b)
  WHERE (request.from IS NULL OR m.day >= date(request.from)) AND (request.to IS NULL OR m.day <= date(request.to))
    AND (request.topicIds IS NULL OR exists { (m)-[:ABOUT]->(t:Topic) WHERE t.id IN request.topicIds })
  MATCH (m)-[:ABOUT]->(t:Topic)
  WITH t, count(DISTINCT m) AS meetings
  ORDER BY meetings DESC, t.name
  RETURN collect(t {.id, .name, .names}) AS topics
}
RETURN request.key AS key, topics
