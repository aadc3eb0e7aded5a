import { describe, expect, test } from 'vitest';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a request whose client disconnects', () => {
  test('has its open transaction terminated by Neo4j', async () => {
    const disconnected = new AbortController();
    const graph = t.graph.cancelledBy(disconnected.signal);
    const outcome = graph.readTransaction(async (tx) => {
      await tx.run('check-health');
      disconnected.abort();
      // The transaction stays open, as a long query would, until Neo4j ends it.
      for (let i = 0; i < 100; i++) {
        await sleep(50);
        await tx.run('check-health');
      }
      return 'finished';
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
        await sleep(1000);
        await otherTx.run('check-health');
      });
      await expect(abandoned).rejects.toMatchObject({ code: 'Neo.ClientError.Transaction.Terminated' });
      await tx.run('check-health');
      return 'finished';
    });
    await expect(outcome).resolves.toBe('finished');
  });
});
