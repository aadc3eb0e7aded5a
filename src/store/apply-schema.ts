import type { Graph } from './graph.ts';
import { splitStatements } from './load-statements.ts';
import { ensureMeetingProjection } from './meeting-projection.ts';

/**
 * Creates constraints and indexes if missing (idempotent; the last statement waits until they
 * are online), then builds the MET projection if this database has never had it.
 */
export async function applySchema(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    for (const statement of splitStatements(graph.statements['create-schema'])) {
      await session.run(statement);
    }
  } finally {
    await session.close();
  }
  await ensureMeetingProjection(graph);
}
