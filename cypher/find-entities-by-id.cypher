// Places, countries, topics and events by id, in one round trip for a whole batch (people have
// their own statement, with their titles). A place comes with its country.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT n:Person
RETURN n {
  .id, .name, .names, .iso2,
  country: [(n)-[:IN]->(c:Country) | c {.id, .iso2, .name, .names}][0]
} AS entity
