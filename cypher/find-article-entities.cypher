// The entities an article's statements touch, gathered before it is replaced or retracted,
// so that those left with no statement at all can be removed afterwards.
MATCH (a:Article {url: $url})
OPTIONAL MATCH (a)-[:MENTIONS]->(mentioned:Entity)
WITH a, collect(mentioned.id) AS mentioned
OPTIONAL MATCH (a)<-[:REPORTED_BY]-(:Meeting)-[:ATTENDED|HELD_IN|ABOUT|DURING]-(linked:Entity)
OPTIONAL MATCH (linked)-[:IN|FROM]->(container:Entity)
WITH mentioned, collect(linked.id) AS linked, collect(container.id) AS containers
RETURN mentioned + linked + containers AS ids
