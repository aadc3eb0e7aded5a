import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTestGraph } from '../helpers/test-graph.ts';
import { childEnv } from '../helpers/test-neo4j-settings.ts';
import { seedTriples, unknownPeopleTriples } from '../helpers/triples.ts';

const t = useTestGraph();
const BIN = new URL('../../bin/parley.js', import.meta.url).pathname;

function parley(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { env: childEnv(t.neo4j), encoding: 'utf8', timeout: 60_000 });
}

describe('parley ingest', () => {
  test('stores good records, reports each bad one with file:line and field, and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-ingest-'));
    const file = path.join(dir, 'batch.jsonl');
    const bad = { ...unknownPeopleTriples('https://bad.example/1', '2024-01-01'), lang: 'xx' };
    writeFileSync(file, [JSON.stringify(seedTriples()), '{not json', JSON.stringify(bad), ''].join('\n'));
    const run = parley(['ingest', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}:2: malformed JSON`);
    expect(run.stderr).toContain(`${file}:3: lang:`);
    expect(run.stderr).toContain('parley ingest: 1 stored (1 new, 0 replaced, 0 unchanged), 1 meetings, 2 failed');
    const articles = await t.cypher<{ url: string }>('MATCH (a:Article) RETURN a.url AS url');
    expect(articles).toEqual([{ url: seedTriples().url }]);
  });

  test('a folder of JSON and JSONL is ingested, and again with nothing new', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-ingest-'));
    writeFileSync(path.join(dir, 'one.json'), JSON.stringify(seedTriples()));
    writeFileSync(path.join(dir, 'two.json'), JSON.stringify([unknownPeopleTriples('https://a.example/1', '2024-01-01'), unknownPeopleTriples('https://a.example/2', '2024-01-02')]));
    const first = parley(['ingest', dir]);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('3 stored (3 new, 0 replaced, 0 unchanged), 3 meetings, 0 failed');
    const second = parley(['ingest', dir]);
    expect(second.stderr).toContain('3 stored (0 new, 0 replaced, 3 unchanged), 3 meetings, 0 failed');
  });

  test('without arguments it prints usage and exits 2', () => {
    const run = parley(['ingest']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: parley ingest');
  });
});
