// The curation log in the order the changes were made.
MATCH (c:Curation)
RETURN c {.action, .by, .reason, .keepId, .removeId, .entityId, .alias, .url, at: toString(c.at)} AS curation
ORDER BY c.at, c.id
