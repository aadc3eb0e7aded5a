// After build-met: every ATTENDED edge is counted in MET. Auto-commit, in batches.
MATCH (:Person)-[e:ATTENDED]->(:Meeting)
WHERE e.paired IS NULL
CALL (e) { SET e.paired = true } IN TRANSACTIONS OF 10000 ROWS
