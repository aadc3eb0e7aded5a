/**
 * `npm run bench`: Parley's API against @neo4j/graphql and hand-written Cypher on the same Neo4j,
 * at several graph sizes; ingest through Parley against the raw UNWIND ceiling; extraction speed.
 * Prints a table and writes bench/results/<time>.json and bench/profiles/*.txt.
 *
 *   npm run bench -- --sizes 10k,100k --requests 100
 *   npm run bench -- --sizes 1m --questions Q1,Q2,Q4 --requests 20
 *   npm run bench:smoke            (2k meetings, few requests: CI keeps the benchmark working)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import * as OpenCC from 'opencc-js';
import { createApp } from '../src/api/index.ts';
import { loadKnowledgeBase } from '../src/kb/index.ts';
import { INGEST_BATCH_SIZE } from '../src/cli/ingest-paths.ts';
import { ingestBatches } from '../src/pipeline.ts';
import { createLinker } from '../src/resolve/index.ts';
import { applySchema, counterpartsParams, createGraph, ensureMeetingProjection, findFreePort, loadStatements, meetingPageStatement, startLocalNeo4j, type LocalNeo4j } from '../src/store/index.ts';
import { articlesOf, generateGraph } from './generate-graph.ts';
import { wipeBenchDatabase } from './bench-database.ts';
import { measure, type Figures } from './measure.ts';
import { createPeerApp } from './peer-app.ts';
import { FROM, QUESTIONS, TO, type Subject } from './questions.ts';
import { rawLoad } from './raw-load.ts';
import { serverUnderIngest } from './server-under-ingest.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k,100k' },
    requests: { type: 'string', default: '100' },
    sample: { type: 'string', default: '2000' },
    smoke: { type: 'boolean', default: false },
    // A subset such as Q1,Q2,Q4 (the growth targets) keeps a 1M run to the questions it is for.
    questions: { type: 'string', default: 'Q1,Q2,Q3,Q4,Q5,Q6' },
  },
});
const asked = new Set(values.questions.split(',').map((q) => q.trim().toUpperCase()));
const smoke = values.smoke;
const sizes = (smoke ? '2k' : values.sizes).split(',').map((s) => Math.round(Number.parseFloat(s) * (/m$/i.test(s) ? 1e6 : /k$/i.test(s) ? 1e3 : 1)));
const requests = smoke ? 10 : Number(values.requests);
const sample = smoke ? 200 : Number(values.sample);
const OUT = new URL('./', import.meta.url).pathname;

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'twp' });
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '—');

/** A hub, a median and a tail person (by meetings), each with a frequent counterpart and topic. */
async function pickSubjects(driver: Driver): Promise<Subject[]> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Person) WITH p, COUNT { (p)-[:ATTENDED]->(:Meeting) } AS n WHERE n >= 2
     ORDER BY n DESC, p.id WITH collect(p) AS people
     WITH [people[0], people[size(people) / 2], people[size(people) - 1]] AS chosen
     UNWIND chosen AS p
     CALL (p) { MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person) WITH o, count(m) AS n ORDER BY n DESC, o.id LIMIT 1 RETURN o.id AS counterpartId }
     CALL (p) { MATCH (p)-[:ATTENDED]->(:Meeting)-[:ABOUT]->(t:Topic) WITH t, count(*) AS n ORDER BY n DESC, t.id LIMIT 1 RETURN t.id AS topicId }
     RETURN p.id AS id, p.name AS name, p.names AS names, counterpartId, topicId`,
  );
  // Countries at the same three levels, by meetings their people attended.
  const countries = await driver.executeQuery(
    `MATCH (c:Country) WITH c, COUNT { (c)<-[:FROM]-(:Person)-[:ATTENDED]->(:Meeting) } AS n WHERE n >= 2
     ORDER BY n DESC, c.id WITH collect(c.id) AS ids
     RETURN [ids[0], ids[size(ids) / 2], ids[size(ids) - 1]] AS chosen`,
  );
  const countryIds = (countries.records[0]?.get('chosen') as string[] | undefined) ?? [];
  return records.map((r, i) => {
    const names = r.get('names') as string[];
    const chinese = names.find((n) => /[\u4e00-\u9fff]/.test(n)) ?? r.get('name');
    return {
      id: r.get('id'),
      name: r.get('name'),
      names: [r.get('name'), chinese, toTraditional(chinese)],
      counterpartId: r.get('counterpartId'),
      topicId: r.get('topicId'),
      countryId: countryIds[i] ?? 'country:none',
    };
  });
}

async function graphqlAsker(app: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> }) {
  return async (query: string, variables: Record<string, unknown>) => {
    const response = await app.fetch('http://bench.local/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body;
  };
}

/** PROFILE of the statements Parley runs for Q1–Q3 and Q6, with the parameters it passes. */
async function profile(driver: Driver, subject: Subject, size: number): Promise<Record<string, { dbHits: number; labelScans: string[] }>> {
  const statements = loadStatements();
  const cases = {
    Q1: meetingPageStatement({ participants: [subject.id, subject.counterpartId], kind: null, from: FROM, to: TO, topicIds: null, placeIds: null, countryId: null, countryIds: [] }, 20, null),
    Q2: ['find-counterparts', counterpartsParams([{ key: subject.id, personId: subject.id, limit: 20 }])],
    Q3: ['find-network-projected', { personId: subject.id, depth: 2, first: 50 }],
    Q6: [
      'count-meetings-by',
      { participants: [], kind: null, from: '2024-01-01', to: '2024-12-31', topicIds: null, placeIds: null, countryId: null, countryIds: [subject.countryId], by: ['YEAR', 'COUNTRY_PAIR'], orderBy: 'COUNT', first: 1000 },
    ],
  } as const;
  const result: Record<string, { dbHits: number; labelScans: string[] }> = {};
  mkdirSync(path.join(OUT, 'profiles'), { recursive: true });
  for (const [question, [name, params]] of Object.entries(cases)) {
    const { summary } = await driver.executeQuery(`PROFILE ${statements[name]}`, params as Record<string, unknown>);
    const lines: string[] = [];
    let dbHits = 0;
    const scans: string[] = [];
    const walk = (plan: { operatorType: string; dbHits: number; rows: number; arguments: Record<string, unknown>; children: unknown[] }, depth: number) => {
      dbHits += plan.dbHits;
      if (/LabelScan|AllNodesScan|TypeScan|IndexScan/.test(plan.operatorType)) scans.push(`${plan.operatorType} ${String(plan.arguments.Details ?? '')}`);
      lines.push(`${'  '.repeat(depth)}${plan.operatorType}  rows=${plan.rows} dbHits=${plan.dbHits}  ${String(plan.arguments.Details ?? '')}`);
      for (const child of plan.children) walk(child as never, depth + 1);
    };
    walk(summary.profile as never, 0);
    writeFileSync(path.join(OUT, 'profiles', `${question}-${size}.txt`), `${question} (${name}) at ${size} meetings, hub person ${subject.id}\ntotal db hits: ${dbHits}\n\n${lines.join('\n')}\n`);
    result[question] = { dbHits, labelScans: scans };
  }
  return result;
}

interface SizeResult {
  meetings: number;
  articles: number;
  people: number;
  ingest: { rawArticlesPerSecond: number; parleyArticlesPerSecond: number; parleySample: number; ratio: number; projectionSeconds: number };
  questions: Record<string, { parley: Figures[]; uncached: Figures[]; peer: Figures[]; raw: Figures[]; throughput: { parley: number; uncached: number; peer: number; raw: number } }>;
  disagreements: string[];
  profiles: Record<string, { dbHits: number; labelScans: string[] }>;
  rssMb: { before: number; after: number };
}

async function runSize(driver: Driver, size: number): Promise<SizeResult> {
  await wipeBenchDatabase(driver);
  const graph = createGraph(driver, loadStatements(), 'neo4j', { txTimeoutMs: 120_000 });
  await applySchema(graph);
  const kb = loadKnowledgeBase();
  const linker = createLinker(kb);
  const generated = generateGraph(size);
  const articles = [...articlesOf(generated)];

  let t0 = performance.now();
  await rawLoad(driver, linker, articles);
  const rawSeconds = (performance.now() - t0) / 1000;
  // The raw load wrote meetings only; Parley's MET projection is built from them once.
  t0 = performance.now();
  await ensureMeetingProjection(graph, { force: true });
  const projectionSeconds = (performance.now() - t0) / 1000;

  // Parley's own path (what `parley ingest` does): new meetings among the same people, in
  // batches of INGEST_BATCH_SIZE articles per transaction, on top of the full graph.
  const deps = { graph, linker };
  // The first batch warms the statement plans and is not timed, as the questions have a warm-up.
  const warmup = Math.min(INGEST_BATCH_SIZE, sample);
  const fresh = [...articlesOf(generateGraph(sample + warmup, 99))].map((a) => ({ ...a, url: a.url.replace('bench.parley.example', 'bench.parley.example/parley') }));
  const ingestAll = async (batches: readonly unknown[][]) => {
    for await (const results of ingestBatches(deps, batches)) {
      for (const result of results) if (!result.success) throw new Error(`Parley refused a generated article: ${result.error.message}`);
    }
  };
  await ingestAll([fresh.slice(0, warmup)]);
  const extra = fresh.slice(warmup, warmup + sample);
  t0 = performance.now();
  await ingestAll(Array.from({ length: Math.ceil(extra.length / INGEST_BATCH_SIZE) }, (_, i) => extra.slice(i * INGEST_BATCH_SIZE, (i + 1) * INGEST_BATCH_SIZE)));
  const parleySeconds = (performance.now() - t0) / 1000;

  const subjects = await pickSubjects(driver);
  const rssBefore = process.memoryUsage().rss;
  const access = { keys: [], reads: 'open', corsOrigins: [], ratePerMinute: 1e9 } as const;
  // As `parley serve` runs (response cache on), and with the cache off: every request runs its Cypher.
  const parleyApp = createApp(deps, { access });
  const uncachedApp = createApp(deps, { access, responseCache: false });
  const peerApp = await createPeerApp(driver);
  const askParley = await graphqlAsker(parleyApp);
  const askUncached = await graphqlAsker(uncachedApp);
  const askPeer = await graphqlAsker(peerApp);
  const askRaw = async (query: string, variables: Record<string, unknown>) =>
    (await driver.executeQuery(query, variables, { routing: neo4j.routing.READ })).records.map((r) => r.toObject());

  const disagreements: string[] = [];
  const questions: SizeResult['questions'] = {};
  const options = { warmup: Math.min(10, requests), requests, concurrency: 8, seconds: smoke ? 3 : 15 };
  for (const q of QUESTIONS.filter((question) => asked.has(question.id))) {
    for (const s of subjects) {
      const answers = [
        q.parley.answer(await askParley(q.parley.query, q.parley.variables(s)), s),
        q.parley.answer(await askUncached(q.parley.query, q.parley.variables(s)), s),
        q.peer.answer(await askPeer(q.peer.query, q.peer.variables(s)), s),
        q.raw.answer(await askRaw(q.raw.query, q.raw.variables(s)), s),
      ].map((a) => JSON.stringify(a));
      if (new Set(answers).size !== 1) disagreements.push(`${q.id} for ${s.id}: parley ${answers[0]} / uncached ${answers[1]} / peer ${answers[2]} / raw ${answers[3]}`);
    }
    const per = async (ask: (query: string, variables: Record<string, unknown>) => Promise<unknown>, way: 'parley' | 'peer' | 'raw') => {
      const bySubject: Figures[] = [];
      for (const s of subjects) bySubject.push(await measure(() => ask(q[way].query, q[way].variables(s)), options));
      const mixed = await measure((i) => ask(q[way].query, q[way].variables(subjects[i % subjects.length]!)), { ...options, warmup: 0 });
      return { bySubject, throughput: mixed.throughput };
    };
    const parley = await per(askParley, 'parley');
    const uncached = await per(askUncached, 'parley');
    const peer = await per(askPeer, 'peer');
    const raw = await per(askRaw, 'raw');
    questions[q.id] = {
      parley: parley.bySubject,
      uncached: uncached.bySubject,
      peer: peer.bySubject,
      raw: raw.bySubject,
      throughput: { parley: parley.throughput, uncached: uncached.throughput, peer: peer.throughput, raw: raw.throughput },
    };
  }
  const { records } = await driver.executeQuery('MATCH (p:Person) RETURN count(p) AS n');
  return {
    meetings: size,
    articles: articles.length,
    people: Number(records[0]?.get('n') ?? 0),
    ingest: { rawArticlesPerSecond: articles.length / rawSeconds, parleyArticlesPerSecond: extra.length / parleySeconds, parleySample: extra.length, ratio: extra.length / parleySeconds / (articles.length / rawSeconds), projectionSeconds },
    questions,
    disagreements,
    profiles: await profile(driver, subjects[0]!, size),
    rssMb: { before: mb(rssBefore), after: mb(process.memoryUsage().rss) },
  };
}

function extractionSpeed(): string {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(OUT, 'extract-speed.ts')], { encoding: 'utf8' });
  return out.split('\n').find((line) => line.startsWith('full extraction')) ?? out.trim();
}

/** Extraction ms per MB of the crafted and ordinary articles, 10 KB to the size limit (a table). */
function extractionPerMb(): string {
  return execFileSync(process.execPath, ['--import', 'tsx', path.join(OUT, 'extract-per-mb.ts'), ...(smoke ? ['--smoke'] : [])], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim();
}

function table(results: readonly SizeResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`\n## ${r.meetings.toLocaleString('en')} meetings (${r.articles.toLocaleString('en')} articles, ${r.people.toLocaleString('en')} people)\n`);
    lines.push(`ingest: raw UNWIND ceiling ${r.ingest.rawArticlesPerSecond.toFixed(0)} articles/s; Parley ${r.ingest.parleyArticlesPerSecond.toFixed(0)} articles/s (${r.ingest.parleySample} articles on the full graph), ${r.ingest.ratio.toFixed(2)}x the ceiling; MET projection built from the raw load in ${r.ingest.projectionSeconds.toFixed(1)} s`);
    lines.push(`server memory (Node RSS): ${r.rssMb.before} MB before the questions, ${r.rssMb.after} MB after\n`);
    lines.push('| question | person | Parley p50 / p95 ms | no cache p50 / p95 ms | peer p50 / p95 ms | raw p50 / p95 ms | Parley/peer | Parley/raw | no cache/peer | no cache/raw |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [id, q] of Object.entries(r.questions)) {
      ['hub', 'median', 'tail'].forEach((who, i) => {
        const [p, u, e, w] = [q.parley[i], q.uncached[i], q.peer[i], q.raw[i]];
        if (!p || !u || !e || !w) return;
        const ratio = (a: number, b: number) => (a / b).toFixed(2);
        lines.push(
          `| ${id} | ${who} | ${fmt(p.p50)} / ${fmt(p.p95)} | ${fmt(u.p50)} / ${fmt(u.p95)} | ${fmt(e.p50)} / ${fmt(e.p95)} | ${fmt(w.p50)} / ${fmt(w.p95)} | ${ratio(p.p50, e.p50)} | ${ratio(p.p50, w.p50)} | ${ratio(u.p50, e.p50)} | ${ratio(u.p50, w.p50)} |`,
        );
      });
    }
    lines.push('\n| question | throughput, 8 clients (req/s): Parley | no cache | peer | raw |');
    lines.push('| --- | --- | --- | --- | --- |');
    for (const [id, q] of Object.entries(r.questions)) lines.push(`| ${id} | ${q.throughput.parley.toFixed(0)} | ${q.throughput.uncached.toFixed(0)} | ${q.throughput.peer.toFixed(0)} | ${q.throughput.raw.toFixed(0)} |`);
    lines.push(`\nPROFILE of Parley's Cypher (hub person): ${Object.entries(r.profiles).map(([q, p]) => `${q} ${p.dbHits.toLocaleString('en')} db hits${p.labelScans.length ? `, scans: ${p.labelScans.join('; ')}` : ', no label, type or index scans'}`).join('; ')}`);
    lines.push(r.disagreements.length ? `\nDISAGREEMENTS:\n${r.disagreements.join('\n')}` : '\nall three ways gave the same answers');
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  // Never NEO4J_URI: a shell set up to serve a user's graph must not hand it to a run that empties it.
  let uri = process.env.PARLEY_BENCH_NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'parley-bench-'));
    local = await startLocalNeo4j({ dataDir, port: await findFreePort(), pageCacheMb: smoke ? 256 : 2048, heapMb: smoke ? 1024 : 4096, log: () => {} });
    uri = local.uri;
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.PARLEY_BENCH_NEO4J_USERNAME ?? 'neo4j', process.env.PARLEY_BENCH_NEO4J_PASSWORD ?? ''), { disableLosslessIntegers: true });
  try {
    const results: SizeResult[] = [];
    for (const size of sizes) {
      process.stderr.write(`bench: ${size} meetings...\n`);
      results.push(await runSize(driver, size));
      // Each size's table as soon as it is measured: a long run is useful even if cut short.
      process.stderr.write(`${table(results.slice(-1))}\n`);
    }
    const extraction = extractionSpeed();
    process.stderr.write('bench: extraction per MB...\n');
    const perMb = extractionPerMb();
    process.stderr.write('bench: small queries while 2 MB articles are ingested...\n');
    const underIngest = await serverUnderIngest(uri, smoke ? 2 : 10);
    const ms = (v: number) => v.toFixed(1);
    const serving = `small queries (people search, no response cache), parley serve: alone p50 ${ms(underIngest.idle.p50)} / p99 ${ms(underIngest.idle.p99)} ms (${underIngest.idle.n}); while 2 MB articles are ingested p50 ${ms(underIngest.ingesting.p50)} / p99 ${ms(underIngest.ingesting.p99)} ms (${underIngest.ingesting.n}), p99 ratio ${(underIngest.ingesting.p99 / underIngest.idle.p99).toFixed(2)}; the articles: ${underIngest.articles.join(', ')}`;
    const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem()) / 1024 | 0} GB, Node ${process.version}, Neo4j ${local ? 'Community 5.26 embedded (local)' : uri}`;
    const report = `# Parley benchmark\n\nmachine: ${machine}\nrequests per question and person: ${requests} sequential after warm-up; throughput: 8 clients\nextraction on one core: ${extraction}\n\n## Extraction per MB (one thread, no budget)\n\n${perMb}\n\n${serving}\n${table(results)}\n`;
    process.stdout.write(report);
    mkdirSync(path.join(OUT, 'results'), { recursive: true });
    writeFileSync(path.join(OUT, 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}${smoke ? '-smoke' : ''}.json`), JSON.stringify({ machine, extraction, perMb, underIngest, requests, results }, null, 1));
    return results.some((r) => r.disagreements.length > 0) ? 1 : 0;
  } finally {
    await driver.close();
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
