import { cleanArticle, createSimplifier, type ArticleInput } from '../ingest/index.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { ArticleTriples } from './article-triples.ts';
import { buildLexicon } from './build-lexicon.ts';
import { extractMeetings } from './extract-meetings.ts';

/** An article in, its meetings out: what the pipeline and `parley extract` call per article. */
export type ArticleExtractor = (article: ArticleInput) => ArticleTriples;

/**
 * Builds the extractor: the simplifier, the segmenter and the name indexes are made here, once,
 * and shared by every article the returned function sees.
 */
export function createExtractor(kb: KnowledgeBase, options: { today?: () => Date } = {}): ArticleExtractor {
  const simplify = createSimplifier();
  const lexicon = buildLexicon(kb, simplify);
  const today = options.today ?? (() => new Date());
  return (article) => extractMeetings(cleanArticle(article, simplify), lexicon, today());
}
