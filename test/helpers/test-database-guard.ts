import type { ManagedTransaction } from 'neo4j-driver';

/** Runs Cypher: a managed transaction, or an explicit one a test rolls back. */
export type CypherRunner = Pick<ManagedTransaction, 'run'>;

/** Who may empty a database: the label of its marker node, and what to say to anyone else's. */
export interface DatabaseOwner {
  readonly marker: string;
  readonly refusal: string;
}

/** The label of the one node that says "Parley's tests own this database". */
export const TEST_DATABASE_MARKER = 'ParleyTestDatabase';

export const REFUSAL =
  "PARLEY_TEST_NEO4J_URI names a database with data Parley's tests did not write; refusing to wipe it. " +
  'Point it at an empty database, or unset it and the tests start their own Neo4j.';

const TESTS: DatabaseOwner = { marker: TEST_DATABASE_MARKER, refusal: REFUSAL };

/**
 * Makes sure the database is the owner's before anything deletes from it: one that holds the
 * marker is (the owner claimed it earlier), an empty one becomes so (the marker is written now),
 * and one holding anything else is somebody's data, so this throws and nothing is touched.
 */
export async function claimTestDatabase(tx: CypherRunner, owner: DatabaseOwner = TESTS): Promise<void> {
  const result = await tx.run(`RETURN EXISTS { MATCH (:${owner.marker}) } AS claimed, EXISTS { MATCH (n) } AS holdsData`);
  const { claimed, holdsData } = result.records[0]!.toObject() as { claimed: boolean; holdsData: boolean };
  if (claimed) return;
  if (holdsData) throw new Error(owner.refusal);
  await tx.run(`MERGE (marker:${owner.marker}) ON CREATE SET marker.createdAt = datetime()`);
}

/**
 * Empties a database the tests own, keeping the marker so the next wipe still knows the database
 * is theirs. Refuses (see claimTestDatabase) when the database holds data the tests did not write.
 */
export async function wipeTestDatabase(tx: CypherRunner): Promise<void> {
  await claimTestDatabase(tx);
  await tx.run(`MATCH (n) WHERE NOT n:${TEST_DATABASE_MARKER} DETACH DELETE n`);
}
