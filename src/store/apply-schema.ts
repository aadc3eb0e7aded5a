import type { Graph } from './graph.ts';
import { splitStatements } from './load-statements.ts';

/** Creates constraints and indexes if missing (idempotent); the last statement waits until they are online. */
export async function applySchema(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    for (const statement of splitStatements(graph.statements['create-schema'])) {
      await session.run(statement);
    }
  } finally {
    await session.close();
  }
}
