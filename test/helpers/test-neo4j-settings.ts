import { loadConfig } from '../../src/config.ts';

/** The Neo4j a test run uses; `uri` unset means the run starts its own throwaway one. */
export interface TestNeo4jSettings {
  readonly uri: string | undefined;
  readonly username: string;
  readonly password: string;
  readonly database: string;
}

/** What a started or named test database is reached by. */
export interface TestNeo4jConnection extends TestNeo4jSettings {
  readonly uri: string;
}

const PREFIX = 'PARLEY_TEST_';
const VARIABLES = ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const;

/**
 * Reads only the PARLEY_TEST_NEO4J_* variables. The tests wipe the database they use, so the
 * NEO4J_* variables the user runs Parley with are never looked at: a shell that points Parley at
 * real data must not point the tests there too. Parsed by the same rules as NEO4J_* (src/config.ts),
 * so both accept the same URIs and default the same way.
 */
export function readTestNeo4jSettings(env: Record<string, string | undefined> = process.env): TestNeo4jSettings {
  const renamed = Object.fromEntries(VARIABLES.map((name) => [name, env[`${PREFIX}${name}`]]));
  try {
    return loadConfig(renamed).neo4j;
  } catch (error) {
    // Named as the user set them: "PARLEY_TEST_NEO4J_URI: must start with bolt://...".
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replace(/\bNEO4J_/g, `${PREFIX}NEO4J_`), { cause: error });
  }
}

/**
 * The environment for a `parley` child process under test: the parent's, with every NEO4J_*
 * variable replaced by the test database's, so the child cannot reach the user's Neo4j either.
 */
export function childEnv(
  connection: Pick<TestNeo4jConnection, 'uri'> & Partial<TestNeo4jSettings>,
  extra: Record<string, string> = {},
  parent: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(parent).filter(([name]) => !name.startsWith('NEO4J_')));
  return {
    ...env,
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username ?? 'neo4j',
    NEO4J_PASSWORD: connection.password ?? '',
    NEO4J_DATABASE: connection.database ?? 'neo4j',
    ...extra,
  };
}
