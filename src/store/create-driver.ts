import neo4j, { type Driver } from 'neo4j-driver';

/**
 * A driver for any Neo4j: bolt:// for one server, neo4j:// (and +s) for Aura or a cluster, where
 * the driver routes reads to followers. Integers come back as JS numbers: Parley's counts and
 * offsets stay far below 2^53.
 */
export function createDriver(uri: string, auth: { username: string; password: string }): Driver {
  const token = auth.password === '' ? undefined : neo4j.auth.basic(auth.username, auth.password);
  return neo4j.driver(uri, token, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    userAgent: 'parley/0.1',
  });
}
