import { badInput, issuesFromZod, ParleyError, type Result } from './errors.ts';
import { ArticleTriplesSchema, type ArticleTriples } from './extract/index.ts';
import { ArticleInputSchema, type ArticleInput } from './ingest/index.ts';
import { resolveArticle, type Linker, type ResolvedArticle } from './resolve/index.ts';
import { writeArticle, writeArticles, type Graph, type WriteResult } from './store/index.ts';

/** Turns an article into its meetings; absent until an extractor is configured. */
export type Extractor = (article: ArticleInput) => Promise<ArticleTriples>;

/** clean → extract → resolve in one call (a pool of workers): the article's meetings, linked. */
export type Reader = (article: ArticleInput) => Promise<{ readonly triples: ArticleTriples; readonly resolved: ResolvedArticle }>;

export interface PipelineDeps {
  readonly graph: Graph;
  readonly linker: Linker;
  readonly extract?: Extractor | undefined;
  /** When set, articles are read through it instead of `extract` then `resolveArticle` here. */
  readonly read?: Reader | undefined;
}

export interface IngestOutcome extends WriteResult {
  readonly url: string;
}

/** Validates input against a zod schema, naming every bad field. */
function parse<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown, what: string): Result<T> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { success: true, data: parsed.data } : { success: false, error: badInput(issuesFromZod(parsed.error.issues), what) };
}

async function store(deps: PipelineDeps, triples: ArticleTriples): Promise<Result<IngestOutcome>> {
  const resolved = resolveArticle(triples, deps.linker);
  const written = await writeArticle(deps.graph, resolved);
  return { success: true, data: { ...written, url: triples.url } };
}

/**
 * resolve → store for an article's extracted meetings (the ingest format). Bad input fails
 * alone with every bad field named, before anything is written.
 */
export async function ingestTriples(deps: PipelineDeps, input: unknown): Promise<Result<IngestOutcome>> {
  const parsed = parse(ArticleTriplesSchema, input, 'triples');
  return parsed.success ? store(deps, parsed.data) : parsed;
}

/** Re-resolves an article's stored triples: how a split rebuilds the statements a merge joined. */
export function resolveStoredTriples(deps: PipelineDeps): (json: string) => ResolvedArticle {
  return (json) => resolveArticle(ArticleTriplesSchema.parse(JSON.parse(json)), deps.linker);
}

/** clean → extract → resolve → store for an article's text or HTML. */
export async function ingestArticle(deps: PipelineDeps, input: unknown): Promise<Result<IngestOutcome>> {
  const read = await readArticle(deps, input);
  if (!read.success) return read;
  const written = await writeArticle(deps.graph, read.data);
  return { success: true, data: { ...written, url: read.data.article.url } };
}

/** clean → extract → resolve: through the reader when there is one, else here. */
async function readArticle(deps: PipelineDeps, input: unknown): Promise<Result<ResolvedArticle>> {
  const parsed = parse(ArticleInputSchema, input, 'article');
  if (!parsed.success) return parsed;
  if (deps.read) return { success: true, data: (await deps.read(parsed.data)).resolved };
  if (!deps.extract) {
    return { success: false, error: new ParleyError('EXTRACTOR_UNAVAILABLE', 'This server has no article extractor; send extracted meetings with ingestTriples.') };
  }
  const triples = ArticleTriplesSchema.safeParse(await deps.extract(parsed.data));
  if (!triples.success) throw new Error(`The extractor produced invalid triples: ${triples.error.message}`);
  return { success: true, data: resolveArticle(triples.data, deps.linker) };
}

/** A record with `meetings` is the ingest format; anything else is an article to extract. */
export function isTriples(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'meetings' in data;
}

/**
 * Many records (triples or articles) in one write transaction, with the same outcome as
 * ingesting them one by one in order, and outcomes in input order. A bad record fails alone,
 * before anything is written. Should the batch's transaction fail for any reason other than an
 * unreachable database (a timeout included), each article is written on its own, so one cannot
 * sink the others.
 */
export async function ingestBatch(deps: PipelineDeps, inputs: readonly unknown[]): Promise<Result<IngestOutcome>[]> {
  return writePrepared(deps, await prepareBatch(deps, inputs));
}

/**
 * Batches in order, each as `ingestBatch` writes it, yielding each batch's outcomes. The next
 * batch is validated, extracted and resolved while the current one is being written: Neo4j
 * works on one core while Node prepares on the other.
 */
export async function* ingestBatches(deps: PipelineDeps, batches: Iterable<readonly unknown[]>): AsyncGenerator<Result<IngestOutcome>[]> {
  let writing: Promise<Result<IngestOutcome>[]> | null = null;
  for (const inputs of batches) {
    const prepared = await prepareBatch(deps, inputs);
    if (writing) yield await writing;
    writing = writePrepared(deps, prepared);
    // A rejected write surfaces when awaited above or below, not as an unhandled rejection.
    writing.catch(() => {});
  }
  if (writing) yield await writing;
}

/**
 * Records prepared together between yields to the event loop: extracted side by side (by the
 * worker pool, when the extractor is one), while a write in flight keeps moving.
 */
const PREPARE_SLICE = 16;

async function prepareBatch(deps: PipelineDeps, inputs: readonly unknown[]): Promise<Result<ResolvedArticle>[]> {
  const prepared: Result<ResolvedArticle>[] = [];
  for (let start = 0; start < inputs.length; start += PREPARE_SLICE) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    prepared.push(...(await Promise.all(inputs.slice(start, start + PREPARE_SLICE).map((input) => prepareOne(deps, input)))));
  }
  return prepared;
}

async function prepareOne(deps: PipelineDeps, input: unknown): Promise<Result<ResolvedArticle>> {
  try {
    if (!isTriples(input)) return await readArticle(deps, input);
    const triples = parse(ArticleTriplesSchema, input, 'triples');
    return triples.success ? { success: true, data: resolveArticle(triples.data, deps.linker) } : triples;
  } catch (error) {
    return failure(error);
  }
}

async function writePrepared(deps: PipelineDeps, prepared: readonly Result<ResolvedArticle>[]): Promise<Result<IngestOutcome>[]> {
  const valid = prepared.flatMap((p) => (p.success ? [p.data] : []));
  let written: Result<WriteResult>[];
  try {
    written = (await writeArticles(deps.graph, valid)).map((data) => ({ success: true, data }));
  } catch (error) {
    // An unreachable database fails every article alike; a batch too slow for the transaction
    // timeout (a cold store, a heavy batch) is written article by article instead.
    if (error instanceof ParleyError && error.code === 'UNAVAILABLE' && error.retriable) throw error;
    written = [];
    for (const resolved of valid) written.push(await writeArticle(deps.graph, resolved).then((data) => ({ success: true as const, data }), (e: unknown) => failure(e)));
  }
  let next = 0;
  return prepared.map((p) => {
    if (!p.success) return p;
    const result = written[next++]!;
    return result.success ? { success: true, data: { ...result.data, url: p.data.article.url } } : result;
  });
}

function failure(error: unknown): { success: false; error: ParleyError } {
  if (error instanceof ParleyError && !(error.code === 'UNAVAILABLE' && error.retriable)) return { success: false, error };
  if (error instanceof ParleyError) throw error;
  return { success: false, error: new ParleyError('INTERNAL', `The article could not be stored: ${(error as Error).message}`, { cause: error }) };
}
