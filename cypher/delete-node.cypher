// Removes a node whose relationships a curation merge has already moved away.
MATCH (n) WHERE elementId(n) = $elementId
DETACH DELETE n
