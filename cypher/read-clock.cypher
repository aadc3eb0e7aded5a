// The database's clock: change watermarks compare Neo4j's own timestamps, never this process's.
RETURN toString(datetime()) AS now
