import { describe, expect, test } from 'vitest';
import { loadConfig, sha256 } from '../../src/config.ts';
import { ParleyError } from '../../src/errors.ts';

describe('loadConfig', () => {
  test('without NEO4J_URI Parley runs its own Neo4j under .parley/ on 7687', () => {
    const config = loadConfig({}, '/srv/parley');
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.local).toEqual({ dataDir: '/srv/parley/.parley/neo4j', port: 7687, pageCacheMb: 256 });
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  test.each(['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://abc.databases.neo4j.io'])('accepts %s as NEO4J_URI', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
  });

  test.each([
    [{ NEO4J_URI: 'http://db:7474' }, 'NEO4J_URI'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PARLEY_NEO4J_PORT: '70000' }, 'PARLEY_NEO4J_PORT'],
    [{ HOST: '0.0.0.0' }, 'HOST'],
    [{ PARLEY_API_KEY: 'sha256:abc' }, 'PARLEY_API_KEY'],
    [{ PARLEY_API_KEYS: 'ops' }, 'PARLEY_API_KEYS'],
  ])('%j is refused naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ParleyError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ParleyError).issues.map((issue) => issue.path)).toEqual([name]);
    }
  });

  test('named keys are kept only as SHA-256 digests under their names, and unlock binding beyond loopback', () => {
    const config = loadConfig({ HOST: '0.0.0.0', PARLEY_API_KEYS: 'ops:first-key, ci.bot-2:sha256:' + 'A'.repeat(64) });
    expect(config.access.keys).toEqual([
      { name: 'ops', hash: sha256('first-key') },
      { name: 'ci.bot-2', hash: 'a'.repeat(64) },
    ]);
    expect(JSON.stringify(config)).not.toContain('first-key');
  });

  test('the older PARLEY_API_KEY still works: its keys are named key-1, key-2 in order', () => {
    const config = loadConfig({ HOST: '0.0.0.0', PARLEY_API_KEY: 'first-key, sha256:' + 'a'.repeat(64) });
    expect(config.access.keys).toEqual([
      { name: 'key-1', hash: sha256('first-key') },
      { name: 'key-2', hash: 'a'.repeat(64) },
    ]);
  });

  test.each([
    ['ops:k1,no-name-here', 'PARLEY_API_KEYS: entry 2 has no name: write name:key or name:sha256:<64 hex digits>'],
    ['ops:k1,bad name:k2', 'PARLEY_API_KEYS: entry 2: the name before ":" must be 1 to 64 letters, digits, "_", "." or "-"'],
    [`${'n'.repeat(65)}:k1`, 'PARLEY_API_KEYS: entry 1: the name before ":" must be 1 to 64 letters, digits, "_", "." or "-"'],
    ['ops:sha256:abc', 'PARLEY_API_KEYS: entry 1 ("ops"): a sha256: digest must be 64 hex digits'],
    ['ops:', 'PARLEY_API_KEYS: entry 1 ("ops"): the key must be 1 to 512 characters without spaces'],
    ['ops:k1,ops:k2', 'PARLEY_API_KEYS: entry 2 ("ops"): the name is already given to entry 1'],
    ['ops:k1,ci:k1', 'PARLEY_API_KEYS: entry 2 ("ci"): the same key as entry 1 ("ops")'],
  ])('PARLEY_API_KEYS=%s is refused naming the entry', (value, message) => {
    expect(() => loadConfig({ PARLEY_API_KEYS: value })).toThrow(message);
  });

  test('a refused key list never repeats a key in its message', () => {
    expect(() => loadConfig({ PARLEY_API_KEYS: 'secret-without-name' })).toThrow(/entry 1 has no name/);
    expect(() => loadConfig({ PARLEY_API_KEYS: 'secret-without-name' })).not.toThrow(/secret-without-name/);
  });

  test('both forms at once are refused: which names curation records would be unclear', () => {
    expect(() => loadConfig({ PARLEY_API_KEYS: 'ops:k1', PARLEY_API_KEY: 'k2' })).toThrow('PARLEY_API_KEY: set PARLEY_API_KEYS (name:key,…) or the older PARLEY_API_KEY, not both');
  });
});
