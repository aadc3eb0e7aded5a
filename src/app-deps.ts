import type { Config } from './config.ts';
import { loadKnowledgeBase } from './kb/index.ts';
import type { PipelineDeps } from './pipeline.ts';
import { createLinker } from './resolve/index.ts';
import { connectGraph, type GraphConnection } from './store/index.ts';
import { createReaderPool, type ReaderPool } from './worker-pool/index.ts';

export interface AppDeps extends PipelineDeps {
  readonly connection: GraphConnection;
  readonly readers: ReaderPool;
  /** Stops the extraction workers and closes the database connection. */
  close(): Promise<void>;
}

/**
 * The composition root's wiring, shared by `parley serve` and `parley ingest`. Articles are read
 * (cleaned, extracted and linked) in worker threads; `waiting` bounds how many may queue for one (the API refuses more with
 * BUSY, while a batch ingest waits its turn).
 */
export async function createAppDeps(config: Config, log?: (line: string) => void, options: { waiting?: number } = {}): Promise<AppDeps> {
  const kb = loadKnowledgeBase();
  const connection = await connectGraph(config, log);
  const readers = createReaderPool({ ...config.extraction, queue: options.waiting ?? config.extraction.queue });
  return {
    connection,
    graph: connection.graph,
    linker: createLinker(kb),
    extract: readers.extract,
    read: readers.read,
    readers,
    close: async () => {
      await readers.close();
      await connection.close();
    },
  };
}
