MATCH (c:Curation {id: $id})
RETURN c {.id, .action, .by, .reason, at: toString(c.at)} AS curation
