import { describe, expect, test } from 'vitest';
import { BENCH_DATABASE } from '../../bench/bench-database.ts';
import { claimTestDatabase, REFUSAL, TEST_DATABASE_MARKER, wipeTestDatabase, type CypherRunner } from '../helpers/test-database-guard.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();

/*
 * Every case runs inside a transaction that is rolled back: the run's database is shared with
 * every other test file, and a foreign node or a missing marker left behind by a failed case
 * would make every later wipe refuse. Nothing here is ever committed, even if the process dies.
 */

async function count(tx: CypherRunner, pattern: string): Promise<number> {
  const result = await tx.run(`RETURN COUNT { ${pattern} } AS n`);
  return result.records[0]!.get('n') as number;
}

/** Within `tx`, the database as somebody else's: no marker, one node of theirs. */
async function somebodysDatabase(tx: CypherRunner): Promise<void> {
  await tx.run('MATCH (n) DETACH DELETE n');
  await tx.run("CREATE (:Person {name: 'Somebody Else', id: 'person:somebody-else'})");
}

describe('the test database guard', () => {
  test('refuses to wipe a database holding data the tests did not write, and deletes nothing', async () => {
    await t.rolledBack(async (tx) => {
      await somebodysDatabase(tx);
      await expect(wipeTestDatabase(tx)).rejects.toThrow(REFUSAL);
      expect(await count(tx, '(:Person)')).toBe(1);
      expect(await count(tx, `(:${TEST_DATABASE_MARKER})`)).toBe(0);
    });
    // The rolled-back case left the shared database as the tests' own.
    expect(await t.cypher(`MATCH (m:${TEST_DATABASE_MARKER}) RETURN count(m) AS n`)).toEqual([{ n: 1 }]);
  });

  test('the refusal names the variable to change', async () => {
    await t.rolledBack(async (tx) => {
      await somebodysDatabase(tx);
      await expect(claimTestDatabase(tx)).rejects.toThrow(/^PARLEY_TEST_NEO4J_URI names a database with data Parley's tests did not write; refusing to wipe it/);
    });
  });

  test('claims an empty database by writing the marker', async () => {
    await t.rolledBack(async (tx) => {
      await tx.run('MATCH (n) DETACH DELETE n');
      await claimTestDatabase(tx);
      expect(await count(tx, `(:${TEST_DATABASE_MARKER})`)).toBe(1);
      expect(await count(tx, '()')).toBe(1);
    });
  });

  test('wipes a claimed database down to its marker, however much the tests wrote', async () => {
    await t.rolledBack(async (tx) => {
      await tx.run("CREATE (:Person {id: 'person:a'})-[:ATTENDED]->(:Meeting {id: 'meeting:1'})<-[:ATTENDED]-(:Person {id: 'person:b'})");
      await wipeTestDatabase(tx);
      expect(await count(tx, '()')).toBe(1);
      expect(await count(tx, `(:${TEST_DATABASE_MARKER})`)).toBe(1);
    });
  });

  test('claiming twice keeps one marker', async () => {
    await t.rolledBack(async (tx) => {
      await claimTestDatabase(tx);
      await claimTestDatabase(tx);
      expect(await count(tx, `(:${TEST_DATABASE_MARKER})`)).toBe(1);
    });
  });

  test("the benchmark's guard takes the tests' marker for somebody else's data", async () => {
    await t.rolledBack(async (tx) => {
      await expect(claimTestDatabase(tx, BENCH_DATABASE)).rejects.toThrow(/^PARLEY_BENCH_NEO4J_URI names a database with data the benchmark did not write/);
      expect(await count(tx, `(:${BENCH_DATABASE.marker})`)).toBe(0);
    });
  });
});
