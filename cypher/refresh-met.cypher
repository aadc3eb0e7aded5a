// Recomputes the MET projection of the given pairs ([lower id, higher id]) from their meetings:
// how many, and when last. Pairs that no longer share a meeting lose their MET edge.
// Used where meetings or attendance were removed (retract, replace, curation merges).
UNWIND $pairs AS pair
MATCH (a:Person {id: pair[0]})
MATCH (b:Person {id: pair[1]})
CALL (a, b) {
  OPTIONAL MATCH (a)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b)
  RETURN count(DISTINCT m) AS meetings, max(m.day) AS lastDay, max(m.date) AS lastDate
}
CALL (a, b, meetings, lastDay, lastDate) {
  WITH * WHERE meetings > 0
  MERGE (a)-[r:MET]->(b)
  SET r.low = a.id, r.high = b.id, r.meetings = meetings, r.lastDay = lastDay, r.lastDate = lastDate
}
CALL (a, b, meetings) {
  WITH * WHERE meetings = 0
  MATCH (a)-[r:MET]->(b)
  DELETE r
}
RETURN count(*) AS refreshed
