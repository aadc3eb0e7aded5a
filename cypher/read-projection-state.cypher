// Which version of the MET projection and pair index this database has built (see build-met),
// null for none.
OPTIONAL MATCH (s:ParleyState {id: 'projection'})
RETURN s.met AS met
