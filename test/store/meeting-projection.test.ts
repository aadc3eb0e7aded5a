import { describe, expect, test } from 'vitest';
import { ingestTriples } from '../../src/pipeline.ts';
import { ensureMeetingProjection, mergeEntities, retractArticle, splitEntity } from '../../src/store/index.ts';
import { resolveStoredTriples } from '../../src/pipeline.ts';
import { envoyArticle } from '../helpers/meeting-triples.ts';
import { staleParticipantKeys } from '../helpers/participant-keys.ts';
import { projectionDrift } from '../helpers/projection.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();
const curator = { by: 'analyst', reason: null };

async function ingest(input: unknown) {
  const result = await ingestTriples(t.deps, input);
  if (!result.success) throw result.error;
  return result.data;
}

async function metOf(a: string, b: string) {
  const rows = await t.cypher<{ meetings: number; lastMet: string }>(
    `MATCH (x:Person)-[r:MET]-(y:Person) WHERE x.name = $a AND y.name = $b RETURN r.meetings AS meetings, toString(r.lastDay) AS lastMet`,
    { a, b },
  );
  return rows;
}

async function personId(name: string): Promise<string> {
  const [row] = await t.cypher<{ id: string }>('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name });
  return row!.id;
}

describe('the MET projection (who met whom, how often, when last)', () => {
  test('counts each meeting once per pair, however many articles report it', async () => {
    await ingest(envoyArticle('https://p.example/1', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }]));
    await ingest(envoyArticle('https://p.example/2', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-02' }]));
    await ingest(envoyArticle('https://p.example/3', [{ names: ['Bruno Okafor', 'Ada Quennell'], date: '2024-05-09' }]));
    expect(await metOf('Ada Quennell', 'Bruno Okafor')).toEqual([{ meetings: 2, lastMet: '2024-05-09' }]);
    expect(await projectionDrift(t)).toBeNull();
    expect(await staleParticipantKeys(t)).toEqual([]);
  });

  test('a multilateral meeting links every two of its participants', async () => {
    await ingest(envoyArticle('https://p.example/m', [{ names: ['Ada Quennell', 'Bruno Okafor', 'Chen Lirong', 'Dara Mbeki'], date: '2024-07-01' }]));
    const [row] = await t.cypher<{ n: number }>('RETURN COUNT { ()-[:MET]->() } AS n');
    expect(row!.n).toBe(6);
    expect(await projectionDrift(t)).toBeNull();
    expect(await staleParticipantKeys(t)).toEqual([]);
  });

  test('replacing and retracting articles takes their meetings back out of the counts', async () => {
    await ingest(envoyArticle('https://p.example/a', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }, { names: ['Ada Quennell', 'Chen Lirong'], date: '2024-04-01' }]));
    await ingest(envoyArticle('https://p.example/b', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-06-01' }]));
    await ingest(envoyArticle('https://p.example/a', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }]));
    expect(await metOf('Ada Quennell', 'Chen Lirong')).toEqual([]);
    expect(await projectionDrift(t)).toBeNull();
    expect(await staleParticipantKeys(t)).toEqual([]);
    await retractArticle(t.graph, 'https://p.example/b', curator);
    expect(await metOf('Ada Quennell', 'Bruno Okafor')).toEqual([{ meetings: 1, lastMet: '2024-03-01' }]);
    expect(await projectionDrift(t)).toBeNull();
    expect(await staleParticipantKeys(t)).toEqual([]);
  });

  test('merging two people sums their pairs, and splitting them restores the counts', async () => {
    await ingest(envoyArticle('https://p.example/x', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-03-01' }]));
    await ingest(envoyArticle('https://p.example/y', [{ names: ['A. Quennell', 'Bruno Okafor'], date: '2024-08-01' }, { names: ['A. Quennell', 'Chen Lirong'], date: '2024-08-02' }]));
    const keep = await personId('Ada Quennell');
    const gone = await personId('A. Quennell');
    await mergeEntities(t.graph, keep, gone, curator);
    expect(await metOf('Ada Quennell', 'Bruno Okafor')).toEqual([{ meetings: 2, lastMet: '2024-08-01' }]);
    expect(await projectionDrift(t)).toBeNull();
    expect(await staleParticipantKeys(t)).toEqual([]);
    await splitEntity(t.graph, keep, gone, curator, resolveStoredTriples(t.deps));
    expect(await metOf('Ada Quennell', 'Bruno Okafor')).toEqual([{ meetings: 1, lastMet: '2024-03-01' }]);
    expect(await projectionDrift(t)).toBeNull();
    expect(await staleParticipantKeys(t)).toEqual([]);
  });

  test('a merge that makes two meetings one counts them once', async () => {
    await ingest(envoyArticle('https://p.example/p', [{ names: ['Ada Quennell', 'Bruno Okafor', 'Chen Lirong'], date: '2024-03-01' }]));
    await ingest(envoyArticle('https://p.example/q', [{ names: ['Ada Quennell', 'Bruno Okafor', 'C. Lirong'], date: '2024-03-01' }]));
    expect(await metOf('Ada Quennell', 'Bruno Okafor')).toEqual([{ meetings: 2, lastMet: '2024-03-01' }]);
    const outcome = await mergeEntities(t.graph, await personId('Chen Lirong'), await personId('C. Lirong'), curator);
    expect(outcome.meetingsMerged).toBe(1);
    expect(await metOf('Ada Quennell', 'Bruno Okafor')).toEqual([{ meetings: 1, lastMet: '2024-03-01' }]);
    expect(await projectionDrift(t)).toBeNull();
    expect(await staleParticipantKeys(t)).toEqual([]);
  });

  test('a graph written without the projection gets it built once at start', async () => {
    await ingest(envoyArticle('https://p.example/1', [{ names: ['Ada Quennell', 'Bruno Okafor', 'Chen Lirong'], date: '2024-03-01' }]));
    await ingest(envoyArticle('https://p.example/2', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-09-01' }]));
    // As an older Parley would have left it: no MET, no paired marks, no record of a build.
    await t.cypher('MATCH ()-[r:MET]->() DELETE r');
    await t.cypher('MATCH ()-[e:ATTENDED]->() REMOVE e.paired');
    await t.cypher('MATCH (m:Meeting) REMOVE m.participantsKey');
    await t.cypher('MATCH (s:ParleyState) DELETE s');
    expect(await ensureMeetingProjection(t.graph)).toEqual({ built: true });
    expect(await ensureMeetingProjection(t.graph)).toEqual({ built: false });
    expect(await projectionDrift(t)).toBeNull();
    expect(await staleParticipantKeys(t)).toEqual([]);
    // A later report of a stored meeting still finds it (participants keys were built too), and
    // new attendance adds to the projection as usual.
    await ingest(envoyArticle('https://p.example/3', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-09-02' }]));
    expect(await metOf('Ada Quennell', 'Bruno Okafor')).toEqual([{ meetings: 2, lastMet: '2024-09-01' }]);
    await ingest(envoyArticle('https://p.example/4', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-11-01' }]));
    expect(await metOf('Ada Quennell', 'Bruno Okafor')).toEqual([{ meetings: 3, lastMet: '2024-11-01' }]);
    expect(await projectionDrift(t)).toBeNull();
    expect(await staleParticipantKeys(t)).toEqual([]);
  });

  test('a graph built before the pair index gets its PAIRED loops at start', async () => {
    await ingest(envoyArticle('https://p.example/1', [{ names: ['Ada Quennell', 'Bruno Okafor', 'Chen Lirong'], date: '2024-03-01' }]));
    await ingest(envoyArticle('https://p.example/2', [{ names: ['Ada Quennell', 'Bruno Okafor'], date: '2024-09-01' }]));
    // Projection version 1: MET and participants keys, no pair index.
    await t.cypher('MATCH ()-[r:PAIRED]->() DELETE r');
    await t.cypher("MATCH (s:ParleyState {id: 'projection'}) SET s.met = 1");
    expect(await staleParticipantKeys(t)).toHaveLength(2);
    expect(await ensureMeetingProjection(t.graph)).toEqual({ built: true });
    expect(await ensureMeetingProjection(t.graph)).toEqual({ built: false });
    expect(await staleParticipantKeys(t)).toEqual([]);
    expect(await projectionDrift(t)).toBeNull();
    const [row] = await t.cypher<{ n: number }>('RETURN COUNT { ()-[:PAIRED]->() } AS n');
    expect(row!.n).toBe(4);
  });
});
