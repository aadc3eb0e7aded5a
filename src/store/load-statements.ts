import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every Cypher statement Parley runs, by file name (without `.cypher`). */
export const STATEMENT_NAMES = [
  'add-alias',
  'build-met',
  'build-participant-keys',
  'check-health',
  'count-meetings',
  'count-meetings-by',
  'count-pair-meetings',
  'create-schema',
  'delete-article',
  'delete-article-reports',
  'delete-node',
  'delete-orphan-entities',
  'detach-article-sources',
  'find-article',
  'find-article-entities',
  'find-article-hashes',
  'find-article-meeting-ids',
  'find-article-pairs',
  'find-articles-mentioning',
  'find-articles-page',
  'find-counterparts',
  'find-curation',
  'find-curations',
  'find-entities-by-id',
  'find-duplicate-meetings',
  'find-entities-by-alias',
  'find-entity-ids-by-key',
  'find-entity-pair',
  'find-graph-changes',
  'find-matching-meetings',
  'find-meetings',
  'find-pair-meetings',
  'find-meetings-by-id',
  'find-network',
  'find-network-projected',
  'find-pair-topics',
  'find-people-by-id',
  'find-person-meeting-ids',
  'find-person-pairs',
  'find-redirect',
  'find-redirects',
  'mark-attendance-paired',
  'mark-projection-built',
  'merge-articles',
  'merge-entities',
  'merge-meetings',
  'merge-mentions',
  'move-relationships',
  'read-clock',
  'read-projection-state',
  'record-curation',
  'record-entity-merge',
  'refresh-met',
  'refresh-participant-keys',
  'search-entities',
  'terminate-request',
  'undo-entity-merge',
  'update-met',
] as const;

export type StatementName = (typeof STATEMENT_NAMES)[number];
export type Statements = Readonly<Record<StatementName, string>>;

/** The repository's cypher/ folder. */
export const DEFAULT_CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/**
 * Reads every statement once at startup. A missing file, or a file no code names, fails here:
 * the folder and the code cannot drift apart unnoticed.
 */
export function loadStatements(dir: string = DEFAULT_CYPHER_DIR): Statements {
  const files = readdirSync(dir).filter((name) => name.endsWith('.cypher'));
  const unknown = files.map((file) => file.slice(0, -'.cypher'.length)).filter((name) => !(STATEMENT_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`cypher/ holds statements no code runs: ${unknown.join(', ')}`);
  const entries = STATEMENT_NAMES.map((name) => [name, readFileSync(path.join(dir, `${name}.cypher`), 'utf8')] as const);
  return Object.freeze(Object.fromEntries(entries) as Record<StatementName, string>);
}

/** Splits a multi-statement file (only the schema) into statements, dropping comments. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
