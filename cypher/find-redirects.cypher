// Ids that curation merged into others, for entities an article is about to write.
UNWIND $ids AS id
MATCH (r:Redirect {from: id})
RETURN id, r.to AS to
