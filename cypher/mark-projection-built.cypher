// Records that the MET projection exists, so later starts do not rebuild it.
MERGE (s:ParleyState {id: 'projection'})
SET s.met = 1, s.builtAt = datetime()
