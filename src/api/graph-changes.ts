import { Repeater } from 'graphql-yoga';
import type { Graph } from '../store/index.ts';

/** One batch of changes, as the `graphChanged` subscription delivers it. */
export interface GraphChange {
  /** Neo4j's timestamp of the newest change in the batch. */
  readonly at: string;
  /** Articles stored or replaced, by URL, oldest first. */
  readonly articleUrls: readonly string[];
  /** Curation actions (merge, split, alias, retraction) in the batch. */
  readonly curationCount: number;
}

export interface GraphChanges {
  /** The changes from now on, for one subscriber; `return()` on the iterator unsubscribes. */
  subscribe(): AsyncIterableIterator<GraphChange>;
  /**
   * Calls `listener` (synchronously, before subscribers hear) on every change from now on; the
   * promise resolves once the watcher has its starting point.
   */
  listen(listener: (change: GraphChange) => void): Promise<void>;
  /** Looks at once instead of at the next tick: this process just committed a write. */
  nudge(): void;
  /** Resolves once the watcher has its starting point: writes after this are reported. */
  watching(): Promise<void>;
  /** Stops watching and ends every subscription. */
  close(): void;
}

export interface GraphChangesOptions {
  /** How often Neo4j is asked while anyone listens. @default 2000 */
  readonly intervalMs?: number;
}

/**
 * A commit can land after a later-stamped one (its transaction started first), so every look
 * reaches this far behind the watermark and drops what it already reported.
 */
const LOOK_BEHIND_MS = 10_000;
const BATCH_LIMIT = 500;

interface ChangeRow {
  readonly at: string;
  readonly url: string | null;
}

/**
 * Watches the graph for stored articles and curation actions, whoever made them: this server's
 * mutations, another Parley server, or `parley ingest` in another process. One indexed query per
 * interval for the whole server, and only while a subscriber listens, rather than one poll per
 * open page.
 */
export function watchGraphChanges(graph: Graph, options: GraphChangesOptions = {}): GraphChanges {
  const intervalMs = options.intervalMs ?? 2000;
  const subscribers = new Set<(change: GraphChange) => void>();
  const listeners = new Set<(change: GraphChange) => void>();
  const stops = new Set<() => void>();
  let watermark: string | null = null;
  let seen = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let looking: Promise<void> | null = null;
  let again = false;

  async function look(): Promise<void> {
    if (watermark === null) {
      // The first look only learns what is already there: none of it is news to a subscriber.
      const [clock] = await graph.read<{ now: string }>('read-clock');
      watermark = clock?.now ?? new Date().toISOString();
      seen = new Set((await changesSince(watermark)).map(key));
      return;
    }
    const fresh = (await changesSince(watermark)).filter((row) => !seen.has(key(row)));
    if (fresh.length === 0) return;
    watermark = fresh.at(-1)!.at;
    // Only keys inside the look-behind window can come back; older ones are dropped.
    const horizon = Date.parse(watermark) - LOOK_BEHIND_MS;
    seen = new Set([...seen, ...fresh.map(key)].filter((k) => Date.parse(k.slice(0, k.indexOf(' '))) >= horizon));
    const change: GraphChange = {
      at: watermark,
      articleUrls: [...new Set(fresh.flatMap((row) => (row.url === null ? [] : [row.url])))],
      curationCount: fresh.filter((row) => row.url === null).length,
    };
    for (const listener of listeners) listener(change);
    for (const push of subscribers) push(change);
  }

  function changesSince(mark: string): Promise<ChangeRow[]> {
    const since = new Date(Date.parse(mark) - LOOK_BEHIND_MS).toISOString();
    return graph.read<ChangeRow>('find-graph-changes', { since, limit: BATCH_LIMIT });
  }

  /** One look at a time; a nudge during a look runs one more right after it. */
  function lookNow(): void {
    if (looking) {
      again = true;
      return;
    }
    looking = look()
      // Neo4j away: the next tick tries again; subscribers keep their streams.
      .catch(() => {})
      .finally(() => {
        looking = null;
        if (again && (subscribers.size > 0 || listeners.size > 0)) {
          again = false;
          lookNow();
        }
      });
  }

  function start(): void {
    if (timer) return;
    watermark = null;
    seen = new Set();
    lookNow();
    timer = setInterval(lookNow, intervalMs);
    timer.unref();
  }

  function stopIfIdle(): void {
    if (subscribers.size > 0 || listeners.size > 0 || !timer) return;
    clearInterval(timer);
    timer = undefined;
  }

  return {
    subscribe() {
      // Watching starts now, not at the first read of the stream, so the subscription can wait
      // for its starting point; a stream that is never read stops the watch again.
      start();
      setTimeout(stopIfIdle, intervalMs * 2).unref();
      return new Repeater<GraphChange>(async (push, stop) => {
        const send = (change: GraphChange) => void push(change);
        subscribers.add(send);
        stops.add(stop);
        start();
        await stop;
        subscribers.delete(send);
        stops.delete(stop);
        stopIfIdle();
      });
    },
    async listen(listener) {
      listeners.add(listener);
      start();
      await this.watching();
    },
    async watching() {
      while (watermark === null || looking) await (looking ?? new Promise((resolve) => setTimeout(resolve, 20)));
    },
    nudge() {
      if (subscribers.size > 0 || listeners.size > 0) lookNow();
    },
    close() {
      listeners.clear();
      for (const stop of stops) stop();
      clearInterval(timer);
      timer = undefined;
    },
  };
}

function key(row: ChangeRow): string {
  return `${row.at} ${row.url ?? 'curation'}`;
}
