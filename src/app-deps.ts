import type { Config } from './config.ts';
import { createExtractorPool, type ExtractorPool } from './extract/index.ts';
import { loadKnowledgeBase } from './kb/index.ts';
import type { PipelineDeps } from './pipeline.ts';
import { createLinker } from './resolve/index.ts';
import { connectGraph, type GraphConnection } from './store/index.ts';

export interface AppDeps extends PipelineDeps {
  readonly connection: GraphConnection;
  readonly extractors: ExtractorPool;
  /** Stops the extraction workers and closes the database connection. */
  close(): Promise<void>;
}

/**
 * The composition root's wiring, shared by `parley serve` and `parley ingest`. Articles are read
 * in worker threads; `waiting` bounds how many may queue for one (the API refuses more with
 * BUSY, while a batch ingest waits its turn).
 */
export async function createAppDeps(config: Config, log?: (line: string) => void, options: { waiting?: number } = {}): Promise<AppDeps> {
  const kb = loadKnowledgeBase();
  const connection = await connectGraph(config, log);
  const extractors = createExtractorPool({ ...config.extraction, queue: options.waiting ?? config.extraction.queue });
  return {
    connection,
    graph: connection.graph,
    linker: createLinker(kb),
    extract: extractors.extract,
    extractors,
    close: async () => {
      await extractors.close();
      await connection.close();
    },
  };
}
