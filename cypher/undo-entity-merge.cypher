// Takes back a merge's names, keys and redirect; the articles are then rebuilt from their triples.
MATCH (r:Redirect {from: $removeId, to: $keepId})
MATCH (keep:Entity {id: $keepId})
SET keep.names = [n IN keep.names WHERE NOT n IN r.names]
WITH r, keep
CALL (r, keep) {
  UNWIND r.keys AS key
  MATCH (keep)-[named:NAMED]->(:Alias {key: key})
  DELETE named
}
DELETE r
