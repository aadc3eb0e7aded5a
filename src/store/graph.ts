import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { ParleyError } from '../errors.ts';
import type { StatementName, Statements } from './load-statements.ts';

/** Runs named statements inside one managed transaction. */
export interface GraphTransaction {
  run<T extends RecordShape = RecordShape>(name: StatementName, params?: Record<string, unknown>): Promise<T[]>;
}

/**
 * The only way Parley reaches Neo4j: named statements from cypher/, parameters only, reads
 * through executeRead and writes through executeWrite so transient failures are retried.
 * `onQuery` sees every statement run (the API counts them per request to keep N+1 out).
 */
export interface Graph {
  read<T extends RecordShape = RecordShape>(name: StatementName, params?: Record<string, unknown>): Promise<T[]>;
  readTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T>;
  writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T>;
  /** One query, not retried, bounded by `timeoutMs`: true when Neo4j answers (for /health). */
  ping(timeoutMs?: number): Promise<boolean>;
  /** The same graph, reporting each statement to `onQuery` as well. */
  observe(onQuery: (name: StatementName) => void): Graph;
  /**
   * The same graph for one request: its transactions carry the request's id, and when `signal`
   * aborts (the client disconnected) Neo4j terminates those still running.
   */
  cancelledBy(signal: AbortSignal): Graph;
  /** Counts the write transactions committed through this driver in this process. */
  writeGeneration(): number;
  readonly driver: Driver;
  readonly statements: Statements;
  readonly database: string;
}

export interface GraphOptions {
  /** Neo4j cancels a transaction running longer than this. @default 15000 */
  readonly txTimeoutMs?: number;
  /** Sees the name of every statement run. */
  readonly onQuery?: (name: StatementName) => void;
  /** Tags every transaction, so one request's can be found and terminated. */
  readonly requestId?: string;
}

export function createGraph(driver: Driver, statements: Statements, database: string, options: GraphOptions = {}): Graph {
  const onQuery = options.onQuery ?? (() => {});
  const txConfig = { timeout: options.txTimeoutMs ?? 15_000, ...(options.requestId ? { metadata: { parleyRequest: options.requestId } } : {}) };
  const wrap = (tx: ManagedTransaction): GraphTransaction => ({
    async run<T extends RecordShape>(name: StatementName, params: Record<string, unknown> = {}): Promise<T[]> {
      onQuery(name);
      const result = await tx.run<T>(statements[name], params);
      return result.records.map((record) => record.toObject());
    },
  });
  // One bookmark manager for the driver's sessions: on a cluster, a read routed to a follower
  // waits until it has seen this process's earlier writes (read-your-writes across sessions).
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, bookmarkManager: bookmarksOf(driver) });

  async function withSession<T>(mode: 'READ' | 'WRITE', work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    const s = session(mode);
    try {
      if (mode === 'READ') return await s.executeRead((tx) => work(wrap(tx)), txConfig);
      try {
        return await s.executeWrite((tx) => work(wrap(tx)), txConfig);
      } finally {
        // Also after a failure: a commit whose acknowledgement was lost may still have landed.
        bumpWrites(driver);
      }
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await s.close();
    }
  }

  return {
    driver,
    statements,
    database,
    read: (name, params) => withSession('READ', (tx) => tx.run(name, params)),
    async ping(timeoutMs = 3000) {
      const s = session('READ');
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        return await Promise.race([s.run(statements['check-health'], {}, { timeout: timeoutMs }).then(() => true), deadline]);
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
        void s.close().catch(() => {});
      }
    },
    writeGeneration: () => writesOf.get(driver) ?? 0,
    readTransaction: (work) => withSession('READ', work),
    writeTransaction: (work) => withSession('WRITE', work),
    observe: (extra) =>
      createGraph(driver, statements, database, {
        ...options,
        onQuery: (name) => {
          onQuery(name);
          extra(name);
        },
      }),
    cancelledBy(signal) {
      const requestId = randomUUID();
      signal.addEventListener('abort', () => void terminateRequest(requestId), { once: true });
      return createGraph(driver, statements, database, { ...options, requestId });
    },
  };

  /** Best effort: a transaction that already finished has nothing to terminate. */
  async function terminateRequest(requestId: string): Promise<void> {
    const s = session('WRITE');
    try {
      await s.run(statements['terminate-request'], { request: requestId }, { timeout: 5000 });
    } catch {
      // Neo4j unreachable or the transaction gone: its own timeout still bounds it.
    } finally {
      await s.close().catch(() => {});
    }
  }
}

const writesOf = new WeakMap<Driver, number>();

function bumpWrites(driver: Driver): void {
  writesOf.set(driver, (writesOf.get(driver) ?? 0) + 1);
}

const bookmarkManagers = new WeakMap<Driver, ReturnType<typeof neo4j.bookmarkManager>>();

/** The bookmark manager all of Parley's graphs on one driver share (observed and per-request copies too). */
function bookmarksOf(driver: Driver): ReturnType<typeof neo4j.bookmarkManager> {
  let manager = bookmarkManagers.get(driver);
  if (!manager) {
    manager = neo4j.bookmarkManager();
    bookmarkManagers.set(driver, manager);
  }
  return manager;
}

/** Connection failures become UNAVAILABLE (retriable); Parley's own errors pass through. */
function toStoreError(error: unknown): unknown {
  if (error instanceof ParleyError) return error;
  if (error instanceof neo4j.Neo4jError && (error.code === neo4j.error.SERVICE_UNAVAILABLE || error.code === neo4j.error.SESSION_EXPIRED)) {
    return new ParleyError('UNAVAILABLE', 'The graph database is not reachable; try again shortly.', { retriable: true, cause: error });
  }
  if (error instanceof neo4j.Neo4jError && /TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(error.code)) {
    return new ParleyError('UNAVAILABLE', 'The query took longer than this server allows and was cancelled.', { retriable: false, cause: error });
  }
  return error;
}
