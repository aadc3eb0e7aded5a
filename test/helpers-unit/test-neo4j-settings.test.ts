import { describe, expect, test } from 'vitest';
import { childEnv, readTestNeo4jSettings } from '../helpers/test-neo4j-settings.ts';

describe('the Neo4j the tests use', () => {
  test("is never the user's NEO4J_URI: without PARLEY_TEST_NEO4J_URI the run starts its own", () => {
    const settings = readTestNeo4jSettings({ NEO4J_URI: 'bolt://production:7687', NEO4J_USERNAME: 'admin', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'news' });
    expect(settings).toEqual({ uri: undefined, username: 'neo4j', password: '', database: 'neo4j' });
  });

  test('is the one PARLEY_TEST_NEO4J_URI names, with its own credentials and database', () => {
    const settings = readTestNeo4jSettings({
      NEO4J_URI: 'bolt://production:7687',
      NEO4J_PASSWORD: 'secret',
      PARLEY_TEST_NEO4J_URI: 'neo4j://ci-neo4j:7687',
      PARLEY_TEST_NEO4J_USERNAME: 'ci',
      PARLEY_TEST_NEO4J_PASSWORD: 'ci-password',
      PARLEY_TEST_NEO4J_DATABASE: 'parleytest',
    });
    expect(settings).toEqual({ uri: 'neo4j://ci-neo4j:7687', username: 'ci', password: 'ci-password', database: 'parleytest' });
  });

  test('a malformed PARLEY_TEST_NEO4J_URI is refused under its own name', () => {
    expect(() => readTestNeo4jSettings({ PARLEY_TEST_NEO4J_URI: 'http://ci-neo4j:7474' })).toThrow(/PARLEY_TEST_NEO4J_URI: must start with bolt:\/\//);
  });
});

describe('a parley child process under test', () => {
  test("reaches the test database, not the user's, whatever NEO4J_* the shell has", () => {
    const shell = { PATH: '/usr/bin', NEO4J_URI: 'bolt://production:7687', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'news' };
    expect(childEnv({ uri: 'bolt://127.0.0.1:7999' }, { PORT: '4100' }, shell)).toEqual({
      PATH: '/usr/bin',
      NEO4J_URI: 'bolt://127.0.0.1:7999',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: '',
      NEO4J_DATABASE: 'neo4j',
      PORT: '4100',
    });
  });
});
