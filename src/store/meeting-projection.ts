import type { Graph, GraphTransaction } from './graph.ts';

/**
 * The MET projection: one edge per pair of people who met, from the lower id to the higher,
 * holding how many meetings they shared and when last, and both ids (`low`, `high`) so that a
 * person's best-met pairs are an ordered index read. Counterparts and the unfiltered meeting
 * network read it instead of expanding every meeting, so a leader with thousands of meetings
 * answers as fast as anyone. Writes keep it exact: new attendance adds to it (update-met), and
 * anything that removes meetings or attendance recomputes the pairs it touched (refresh-met).
 */
export type PersonPair = readonly [string, string];

/** Counts the meetings just written (new attendance only) into their pairs. */
export async function countNewAttendance(tx: GraphTransaction, meetingIds: readonly string[]): Promise<void> {
  if (meetingIds.length > 0) await tx.run('update-met', { meetingIds });
}

/** Recomputes these pairs from their meetings; pairs left with none lose their edge. */
export async function refreshPairs(tx: GraphTransaction, pairs: readonly PersonPair[]): Promise<void> {
  if (pairs.length === 0) return;
  const seen = new Set<string>();
  const unique = pairs.filter(([a, b]) => {
    const key = `${a}\u0000${b}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  await tx.run('refresh-met', { pairs: unique });
}

/** The pairs who met in the meetings an article reports (before it is replaced or retracted). */
export async function pairsOfArticle(tx: GraphTransaction, url: string): Promise<PersonPair[]> {
  const [row] = await tx.run<{ pairs: [string, string][] }>('find-article-pairs', { url });
  return row?.pairs ?? [];
}

/** The pairs who met in any meeting involving an entity (after a curation merge onto it). */
export async function pairsAroundEntity(tx: GraphTransaction, entityId: string): Promise<PersonPair[]> {
  const [row] = await tx.run<{ pairs: [string, string][] }>('find-person-pairs', { entityId });
  return row?.pairs ?? [];
}

/** 2: meetings carry the pair index (PAIRED loops) beside their participants key; MET edges their people's ids. */
const PROJECTION_VERSION = 2;

/**
 * Builds the projection, the pair index and the participants keys meeting matching seeks on,
 * once for a graph that lacks them (written by an older Parley, or bulk loaded), then records
 * that they exist. `force` rebuilds it whatever the record says.
 */
export async function ensureMeetingProjection(graph: Graph, options: { force?: boolean } = {}): Promise<{ built: boolean }> {
  if (!options.force) {
    const [state] = await graph.read<{ met: number | null }>('read-projection-state');
    if (state?.met != null && state.met >= PROJECTION_VERSION) return { built: false };
  }
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, outside executeWrite.
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run(graph.statements['build-participant-keys']);
    await session.run(graph.statements['build-met']);
    await session.run(graph.statements['mark-attendance-paired']);
    await session.run(graph.statements['mark-projection-built'], { version: PROJECTION_VERSION });
  } finally {
    await session.close();
  }
  return { built: true };
}
