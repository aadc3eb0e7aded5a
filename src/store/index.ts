/**
 * The graph store: Neo4j connection, the Cypher statements of cypher/, the article write path
 * and the reads the API needs. Nothing else in Parley talks to Neo4j.
 */
export { createDriver } from './create-driver.ts';
export { createGraph } from './graph.ts';
export type { Graph, GraphTransaction, GraphOptions } from './graph.ts';
export { loadStatements, DEFAULT_CYPHER_DIR, STATEMENT_NAMES } from './load-statements.ts';
export type { StatementName, Statements } from './load-statements.ts';
export { applySchema } from './apply-schema.ts';
export { startLocalNeo4j, findFreePort, isPortFree, buildLauncher } from './start-local-neo4j.ts';
export type { LocalNeo4j, LocalNeo4jOptions } from './start-local-neo4j.ts';
export { writeArticle, writeArticles, meetingId } from './write-articles.ts';
export type { WriteResult, WriteStatus } from './write-articles.ts';
export {
  readPeopleById,
  readEntitiesById,
  readMeetingsById,
  readArticle,
  readArticles,
  searchEntities,
  readMeetingPage,
  meetingPageStatement,
  countMeetings,
  readMeetingCounts,
  COUNT_DIMENSIONS,
  readPersonMeetingPages,
  readCounterparts,
  counterpartsParams,
  readNetwork,
  readPairTopics,
  findEntityIdsByKey,
  checkHealth,
} from './read-graph.ts';
export type { CountDimension, CountBucketRecord, SearchableLabel, PersonMeetingsRequest, CounterpartsRequest, PairTopicsRequest } from './read-graph.ts';
export type * from './read-model.ts';
export { connectGraph } from './connect-graph.ts';
export type { GraphConnection } from './connect-graph.ts';
export { mergeEntities, splitEntity, addAlias, retractArticle } from './curate-graph.ts';
export type { Curator, CurationRecord, CurationOutcome } from './curate-graph.ts';
export { readStoredArticles, readCurations } from './read-backup.ts';
export type { StoredCuration } from './read-backup.ts';
export { ensureMeetingProjection } from './meeting-projection.ts';
