import { describe, expect, test } from 'vitest';
import type { GraphTransaction } from '../../src/store/index.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { waitFor } from '../helpers/wait-for.ts';

const t = useTestGraph();

/**
 * Keeps a transaction open, as a long query would, by running statements in it until Neo4j
 * refuses one: the termination, which rejects out of here. Never resolves on its own.
 */
function untilTerminated(tx: GraphTransaction): Promise<never> {
  return waitFor(async () => {
    await tx.run('check-health');
    return false;
  }, { what: 'Neo4j to terminate the transaction' }) as Promise<never>;
}

describe('a request whose client disconnects', () => {
  test('has its open transaction terminated by Neo4j', async () => {
    const disconnected = new AbortController();
    const graph = t.graph.cancelledBy(disconnected.signal);
    const outcome = graph.readTransaction(async (tx) => {
      await tx.run('check-health');
      disconnected.abort();
      return untilTerminated(tx);
    });
    await expect(outcome).rejects.toMatchObject({ code: 'Neo.ClientError.Transaction.Terminated' });
  });

  test('leaves the transactions of other requests alone', async () => {
    const gone = new AbortController();
    const other = t.graph.cancelledBy(gone.signal);
    const staying = t.graph.cancelledBy(new AbortController().signal);
    const outcome = staying.readTransaction(async (tx) => {
      await tx.run('check-health');
      const abandoned = other.readTransaction(async (otherTx) => {
        await otherTx.run('check-health');
        gone.abort();
        return untilTerminated(otherTx);
      });
      await expect(abandoned).rejects.toMatchObject({ code: 'Neo.ClientError.Transaction.Terminated' });
      // The termination has happened (the other request saw it): this one still runs.
      await tx.run('check-health');
      return 'finished';
    });
    await expect(outcome).resolves.toBe('finished');
  });
});
