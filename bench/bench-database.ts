import type { Driver } from 'neo4j-driver';
import { claimTestDatabase, type DatabaseOwner } from '../test/helpers/test-database-guard.ts';

/** The benchmark's marker: it empties only a database it started, or one it claimed while empty. */
export const BENCH_DATABASE: DatabaseOwner = {
  marker: 'ParleyBenchDatabase',
  refusal:
    'PARLEY_BENCH_NEO4J_URI names a database with data the benchmark did not write; refusing to wipe it. ' +
    'Point it at an empty database, or unset it and the benchmark starts its own Neo4j.',
};

/** Empties the benchmark's database in batches (a million meetings do not fit one transaction), keeping its marker. */
export async function wipeBenchDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite((tx) => claimTestDatabase(tx, BENCH_DATABASE));
    await session.run(`MATCH (n) WHERE NOT n:${BENCH_DATABASE.marker} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
  } finally {
    await session.close();
  }
}
