// People with their country, by id, in one round trip for a whole batch.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {
  .id, .name, .names, .title,
  country: [(p)-[:FROM]->(c:Country) | c {.id, .iso2, .name, .names}][0]
} AS person
