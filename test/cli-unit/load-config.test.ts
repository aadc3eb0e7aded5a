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
  ])('%j is refused naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ParleyError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ParleyError).issues.map((issue) => issue.path)).toEqual([name]);
    }
  });

  test('keys are kept only as SHA-256 digests, and unlock binding beyond loopback', () => {
    const config = loadConfig({ HOST: '0.0.0.0', PARLEY_API_KEY: 'first-key, sha256:' + 'a'.repeat(64) });
    expect(config.access.keyHashes).toEqual([sha256('first-key'), 'a'.repeat(64)]);
    expect(JSON.stringify(config)).not.toContain('first-key');
  });
});
