import { cleanArticle, createSimplifier, type ArticleInput, type CleanedArticle } from '../ingest/index.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { ArticleTriples } from './article-triples.ts';
import { buildLexicon } from './build-lexicon.ts';
import { extractMeetings } from './extract-meetings.ts';
import type { Explain } from './explain.ts';

/**
 * A cleaned article in, its meetings out. Asynchronous so that any extractor (the rules here, a
 * pool of workers running them, a model behind a service) stands behind the same contract.
 */
export type MeetingExtractor = (article: CleanedArticle, options?: ExtractOptions) => Promise<ArticleTriples>;

/** clean → extract for an article as given: what the pipeline and `parley extract` call per article. */
export type ArticleExtractor = (article: ArticleInput, options?: ExtractOptions) => Promise<ArticleTriples>;

/** Per article: `explain` hears what became of each sentence that could report a meeting. */
export interface ExtractOptions {
  readonly explain?: Explain;
}

export interface ExtractorOptions {
  /** The day a yearless page is dated against; tests fix it. */
  readonly today?: () => Date;
  /**
   * Called between sentences while an article is read; what it throws stops the article (a
   * worker uses it to give up on an article near its heap limit, before the limit is met).
   */
  readonly checkpoint?: () => void;
}

/**
 * Builds the rule-based extractor: the segmenter and the name indexes are made here, once, and
 * shared by every article the returned function sees.
 */
export function createMeetingExtractor(kb: KnowledgeBase, options: ExtractorOptions = {}): { readonly extract: MeetingExtractor; readonly clean: (article: ArticleInput) => CleanedArticle } {
  const simplify = createSimplifier();
  const lexicon = buildLexicon(kb, simplify);
  const today = options.today ?? (() => new Date());
  return {
    extract: async (article, extractOptions) => extractMeetings(article, lexicon, today(), extractOptions?.explain, options.checkpoint),
    clean: (article) => cleanArticle(article, simplify),
  };
}

/** Cleaning and extraction as two stages behind one call: an article as given → its meetings. */
export function createExtractor(kb: KnowledgeBase, options: ExtractorOptions = {}): ArticleExtractor {
  const { extract, clean } = createMeetingExtractor(kb, options);
  return async (article, extractOptions) => extract(clean(article), extractOptions);
}
