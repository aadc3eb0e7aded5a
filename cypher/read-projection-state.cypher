// Whether this database's MET projection has been built (see build-met).
OPTIONAL MATCH (s:ParleyState {id: 'projection'})
RETURN s.met AS met
