// The merge an undo takes back.
MATCH (r:Redirect {from: $removeId, to: $keepId})
RETURN r {.names, .keys, .curationId} AS redirect
