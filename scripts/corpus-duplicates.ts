/**
 * How many duplicates does ingesting a real corpus leave? Ingests every article of a labelled
 * corpus (default ../shared/corpus/dev: `<id>.txt` and gold `<id>.json`) into a throwaway local
 * Neo4j through the whole pipeline (clean → extract → resolve → store), then compares the graph
 * with the gold labels:
 *   - people: Person nodes that attend a meeting, against distinct real people (gold names joined
 *     across articles when they share a form); a real person on two nodes is a duplicate;
 *   - meetings: Meeting nodes with the same participants, both calls or both not, and compatible
 *     dates (same day, or one undated) are the same meeting stored twice.
 *
 *   npx tsx scripts/corpus-duplicates.ts [CORPUS_DIR]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createExtractor } from '../src/extract/index.ts';
import { loadKnowledgeBase } from '../src/kb/index.ts';
import { ingestArticle } from '../src/pipeline.ts';
import { createLinker, nameKey } from '../src/resolve/index.ts';
import { applySchema, createDriver, createGraph, findFreePort, loadStatements, startLocalNeo4j } from '../src/store/index.ts';

interface Gold {
  readonly url: string;
  readonly published: string | null;
  readonly meetings: readonly { readonly participants: readonly (readonly string[])[] }[];
}

/** Union-find over name keys: two gold names are one person when any of their forms agree. */
function goldPeople(golds: readonly Gold[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  for (const gold of golds) {
    for (const meeting of gold.meetings) {
      for (const names of meeting.participants) {
        const keys = names.map(nameKey).filter(Boolean);
        for (const key of keys) if (!parent.has(key)) parent.set(key, key);
        for (const key of keys.slice(1)) parent.set(find(key), find(keys[0]!));
      }
    }
  }
  return new Map([...parent.keys()].map((k) => [k, find(k)]));
}

const corpus = path.resolve(process.argv[2] ?? '../shared/corpus/dev');
const ids = readdirSync(corpus).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const golds = ids.map((id) => JSON.parse(readFileSync(path.join(corpus, `${id}.json`), 'utf8')) as Gold);

const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-duplicates-'));
const neo4j = await startLocalNeo4j({ dataDir, port: await findFreePort(), log: () => {} });
const driver = createDriver(neo4j.uri, { username: 'neo4j', password: '' });
try {
  const graph = createGraph(driver, loadStatements(), 'neo4j');
  await applySchema(graph);
  const kb = loadKnowledgeBase();
  const deps = { graph, linker: createLinker(kb), extract: createExtractor(kb) };
  let failed = 0;
  for (const [i, id] of ids.entries()) {
    const gold = golds[i]!;
    const text = readFileSync(path.join(corpus, `${id}.txt`), 'utf8');
    const result = await ingestArticle(deps, { url: gold.url || `urn:corpus:${id}`, title: null, published: gold.published, lang: null, text, html: null });
    if (!result.success) failed++;
  }

  const rows = await driver.executeQuery(
    `MATCH (p:Person) WHERE EXISTS { (p)-[:ATTENDED]->(:Meeting) } RETURN p.id AS id, p.name AS name, p.names AS names`,
  );
  const clusterOf = goldPeople(golds);
  const realPeople = new Set(clusterOf.values());
  const nodesPerPerson = new Map<string, string[]>();
  const unmatchedNodes: string[] = [];
  for (const record of rows.records) {
    const names = [record.get('name') as string, ...((record.get('names') as string[] | null) ?? [])];
    const clusters = new Set(names.map(nameKey).flatMap((k) => (clusterOf.has(k) ? [clusterOf.get(k)!] : [])));
    if (clusters.size === 0) unmatchedNodes.push(record.get('name') as string);
    for (const cluster of clusters) nodesPerPerson.set(cluster, [...(nodesPerPerson.get(cluster) ?? []), record.get('name') as string]);
  }
  const split = [...nodesPerPerson.entries()].filter(([, nodes]) => nodes.length > 1);

  const meetings = await driver.executeQuery(
    `MATCH (m:Meeting)<-[:ATTENDED]-(p:Person)
     RETURN m.id AS id, m.day AS day, m.kind = 'phone_call' AS call, collect(p.id) AS people ORDER BY id`,
  );
  const seen = new Map<string, (string | null)[]>();
  const duplicates: string[] = [];
  for (const record of meetings.records) {
    // A call and a meeting of the same people are two events, as in the meeting id.
    const key = `${[...(record.get('people') as string[])].sort().join('|')}${record.get('call') ? ' (call)' : ''}`;
    const day = (record.get('day') as string | null) ?? null;
    const days = seen.get(key) ?? [];
    if (days.some((d) => d === null || day === null || d === day)) duplicates.push(`${key} on ${[...days, day].join(' and ')}`);
    seen.set(key, [...days, day]);
  }

  console.log(`articles: ${ids.length} (${failed} failed to ingest)`);
  console.log(`real people in the gold labels: ${realPeople.size}`);
  console.log(`Person nodes attending meetings: ${rows.records.length} (${unmatchedNodes.length} match no gold person, extraction errors rather than duplicates${unmatchedNodes.length ? `: ${unmatchedNodes.join(', ')}` : ''})`);
  console.log(`real people stored on more than one node: ${split.length}${split.length ? ` (${split.map(([, n]) => n.join(' / ')).join('; ')})` : ''}`);
  console.log(`Meeting nodes: ${meetings.records.length}; stored twice (same people, compatible dates): ${duplicates.length}${duplicates.length ? ` (${duplicates.join('; ')})` : ''}`);
} finally {
  await driver.close();
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
