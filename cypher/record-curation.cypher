// The audit log of hand-made changes: who, when, why, and what.
CREATE (c:Curation {id: $curation.id, action: $action, by: $curation.by, at: datetime(), reason: $curation.reason})
SET c += $details
RETURN c {.id, .action, .by, .reason, at: toString(c.at)} AS curation
