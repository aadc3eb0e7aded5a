import type { PipelineDeps } from '../pipeline.ts';
import type { Linker } from '../resolve/index.ts';
import type { Graph, StatementName } from '../store/index.ts';
import type { Caller } from './access/caller.ts';
import { createLoaders, type Loaders } from './create-loaders.ts';

/** What every resolver of one request shares; nothing outlives the request. */
export interface RequestContext {
  readonly graph: Graph;
  readonly linker: Linker;
  readonly loaders: Loaders;
  readonly pipeline: PipelineDeps;
  /** The Cypher statements this request ran, in order (tests bound their number). */
  readonly queries: StatementName[];
  /** The HTTP request, when there is one. */
  readonly request?: Request;
  /** Who is calling (set by the access control for every GraphQL request). */
  readonly caller?: Caller;
}

export function createRequestContext(deps: PipelineDeps, request?: Request): RequestContext {
  const queries: StatementName[] = [];
  const observed = deps.graph.observe((name) => queries.push(name));
  // A client that disconnects cancels its Cypher (the request's signal aborts when the socket closes).
  const graph = request?.signal ? observed.cancelledBy(request.signal) : observed;
  return { graph, linker: deps.linker, loaders: createLoaders(graph), pipeline: { ...deps, graph }, queries, request };
}
