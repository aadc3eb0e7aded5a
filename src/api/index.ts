/** The GraphQL API: an app built per configuration, listened on by main (or called in-process). */
export { createApp, MAX_QUERY_COST, SCHEMA_PATH } from './create-app.ts';
export type { AppOptions } from './create-app.ts';
export { stderrJsonLog } from './observe/use-observability.ts';
export type { LogSink } from './observe/use-observability.ts';
export type { RequestContext } from './context.ts';
export { watchGraphChanges } from './graph-changes.ts';
export type { GraphChange, GraphChanges, GraphChangesOptions } from './graph-changes.ts';
export { operationHash, readOperationsFile } from './persisted-operations.ts';
