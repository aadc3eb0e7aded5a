// Records which version of the MET projection and pair index exists ($version), so later starts
// do not rebuild it.
MERGE (s:ParleyState {id: 'projection'})
SET s.met = $version, s.builtAt = datetime()
