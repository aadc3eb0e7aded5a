// The two entities of a curation merge, with what an undo needs to know about them.
MATCH (keep:Entity {id: $keepId})
MATCH (gone:Entity {id: $removeId})
RETURN elementId(keep) AS keepElementId, elementId(gone) AS goneElementId,
       [l IN labels(keep) WHERE l <> 'Entity'][0] AS keepLabel, [l IN labels(gone) WHERE l <> 'Entity'][0] AS goneLabel,
       keep.names AS keepNames, gone.names AS goneNames,
       [(gone)-[:NAMED]->(a:Alias) | a.key] AS goneKeys
