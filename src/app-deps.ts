import type { Config } from './config.ts';
import { loadKnowledgeBase } from './kb/index.ts';
import type { PipelineDeps } from './pipeline.ts';
import { createExtractor } from './extract/index.ts';
import { createLinker } from './resolve/index.ts';
import { connectGraph, type GraphConnection } from './store/index.ts';

export interface AppDeps extends PipelineDeps {
  readonly connection: GraphConnection;
}

/** The composition root's wiring, shared by `parley serve` and `parley ingest`. */
export async function createAppDeps(config: Config, log?: (line: string) => void): Promise<AppDeps> {
  const kb = loadKnowledgeBase();
  const connection = await connectGraph(config, log);
  return { connection, graph: connection.graph, linker: createLinker(kb), extract: createExtractor(kb) };
}
