import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeCounts, writeMeetings } from '../../src/cli/export-tables.ts';
import { ingestTriples } from '../../src/pipeline.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { childEnv } from '../helpers/test-neo4j-settings.ts';
import { seedTriples } from '../helpers/triples.ts';

const t = useTestGraph();
const BIN = new URL('../../bin/parley.js', import.meta.url).pathname;

function parley(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { env: childEnv(t.neo4j), encoding: 'utf8', timeout: 60_000 });
}

/** The seed meeting (China–Russia in Johannesburg) and a phone call between the same two, a year on. */
async function ingestTwo() {
  for (const input of [
    seedTriples(),
    seedTriples({
      url: 'https://news.example/zh/2026/02/20/call',
      published: '2026-02-20',
      meetings: [{ ...seedTriples().meetings[0]!, kind: 'phone_call', date: '2026-02-19', place: null, topics: [{ name: '乌克兰危机' }], evidence: '2月19日，王毅同拉夫罗夫通电话。' }],
    }),
  ]) {
    const result = await ingestTriples(t.deps, input);
    if (!result.success) throw result.error;
  }
}

async function collect(run: (write: (text: string) => void) => Promise<number>): Promise<string> {
  let text = '';
  await run((chunk) => {
    text += chunk;
  });
  return text;
}

describe('tables for pandas, R and spreadsheets', () => {
  test('counts by year and dyad are a CSV with a column per dimension, a label beside each code', async () => {
    await ingestTwo();
    const csv = await collect((write) => writeCounts(t.deps, { by: ['YEAR', 'COUNTRY_PAIR'], filter: {}, format: 'csv', orderBy: 'KEY' }, write));
    expect(csv).toBe('\uFEFFyear,country_pair,country_pair_label,count,people,last_date\r\n2025,CN–RU,China–Russia,1,2,2025-02-20\r\n2026,CN–RU,China–Russia,1,2,2026-02-19\r\n');
  });

  test('counts as JSON Lines keep numbers as numbers', async () => {
    await ingestTwo();
    const jsonl = await collect((write) => writeCounts(t.deps, { by: ['KIND'], filter: { from: '2026' }, format: 'jsonl', orderBy: 'COUNT' }, write));
    expect(jsonl.trim().split('\n').map((line) => JSON.parse(line))).toEqual([{ kind: 'phone_call', count: 1, people: 2, last_date: '2026-02-19' }]);
  });

  test('the event table has one row per meeting with participants, countries, place, topics and sources', async () => {
    await ingestTwo();
    const jsonl = await collect((write) => writeMeetings(t.deps, { filter: {}, format: 'jsonl' }, write));
    const rows = jsonl.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      date: '2025-02-20',
      date_precision: 'day',
      kind: 'meeting',
      participant_ids: expect.arrayContaining(['person:wang-yi', 'person:sergei-lavrov']),
      countries: ['CN', 'RU'],
      place: 'Johannesburg',
      place_country: 'ZA',
      source_urls: [seedTriples().url],
    });
    expect(rows[0]).toMatchObject({ kind: 'phone_call', place: null, topics: ['Ukraine crisis'] });

    const csv = await collect((write) => writeMeetings(t.deps, { filter: { countries: ['RU'], to: '2025-12-31' }, format: 'csv' }, write));
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe('\uFEFFid,date,date_precision,kind,participants,participant_ids,countries,place,place_country,topics,source_urls');
    expect(row).toContain(',2025-02-20,day,meeting,');
    expect(row).toContain(',CN; RU,Johannesburg,ZA,');
    expect(end).toBe('');
  });

  test('parley export --counts writes the file it is given', async () => {
    await ingestTwo();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'parley-export-')), 'counts.csv');
    const run = parley(['export', '--counts', '--by', 'year,country_pair', '--order', 'key', file]);
    expect(run.stderr).toContain('parley export: 2 buckets');
    expect(run.status).toBe(0);
    expect(readFileSync(file, 'utf8').split('\r\n')[1]).toBe('2025,CN–RU,China–Russia,1,2,2025-02-20');
  });

  test.each([
    [['--counts'], '--counts needs --by'],
    [['--counts', '--meetings'], 'give one of --counts and --meetings'],
    [['--meetings', '--format', 'xlsx'], '--format: csv or jsonl, not "xlsx"'],
    [['--counts', '--by', 'year,weather'], '--by: unknown WEATHER'],
  ])('parley export %j is refused: %s', (args, message) => {
    const run = parley(['export', ...args]);
    expect(run.stderr).toContain(message);
    expect(run.status).not.toBe(0);
  });
});
