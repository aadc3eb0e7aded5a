// Completes a merge: the kept entity learns the names, the removed id redirects to it (so
// re-ingesting never splits them again, and earlier redirects follow).
MATCH (keep:Entity {id: $keepId})
MATCH (gone:Entity {id: $removeId})
SET keep.names = reduce(acc = keep.names, n IN gone.names | CASE WHEN n IN acc THEN acc ELSE acc + n END),
    keep.curated = true
CREATE (:Redirect {from: $removeId, to: $keepId, names: [n IN gone.names WHERE NOT n IN $keepNames], keys: $goneKeys, curationId: $curation.id})
DETACH DELETE gone
WITH keep
OPTIONAL MATCH (earlier:Redirect {to: $removeId})
SET earlier.to = $keepId
