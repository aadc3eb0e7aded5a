import { badInput, issuesFromZod, ParleyError, type Result } from './errors.ts';
import { ArticleTriplesSchema, type ArticleTriples } from './extract/index.ts';
import { ArticleInputSchema, type ArticleInput } from './ingest/index.ts';
import { resolveArticle, type Linker, type ResolvedArticle } from './resolve/index.ts';
import { writeArticle, type Graph, type WriteResult } from './store/index.ts';

/** Turns an article into its meetings; absent until an extractor is configured. */
export type Extractor = (article: ArticleInput) => ArticleTriples;

export interface PipelineDeps {
  readonly graph: Graph;
  readonly linker: Linker;
  readonly extract?: Extractor | undefined;
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
  const parsed = parse(ArticleInputSchema, input, 'article');
  if (!parsed.success) return parsed;
  if (!deps.extract) {
    return { success: false, error: new ParleyError('EXTRACTOR_UNAVAILABLE', 'This server has no article extractor; send extracted meetings with ingestTriples.') };
  }
  const triples = ArticleTriplesSchema.safeParse(deps.extract(parsed.data));
  if (!triples.success) throw new Error(`The extractor produced invalid triples: ${triples.error.message}`);
  return store(deps, triples.data);
}
