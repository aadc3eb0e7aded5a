import type { CleanedArticle } from '../../ingest/index.ts';

/** Each article's first sentence index per paragraph, computed once: a lookup per meeting stays O(1). */
const openings = new WeakMap<CleanedArticle, Map<number, number>>();

/** The index of the first sentence of the paragraph that sentence `index` belongs to. */
export function paragraphOpening(article: CleanedArticle, index: number): number {
  let first = openings.get(article);
  if (!first) {
    first = new Map();
    article.sentences.forEach((s, i) => {
      if (!first!.has(s.paragraph)) first!.set(s.paragraph, i);
    });
    openings.set(article, first);
  }
  const sentence = article.sentences[index];
  return sentence ? (first.get(sentence.paragraph) ?? index) : -1;
}

/**
 * One step of a pass over an article: the latest sentence of sentence `index`'s paragraph, up to
 * itself, where something opens (reported speech, a schedule), given whether it opens here and
 * the answer for the sentence before; -1 where nothing has opened in the paragraph.
 */
export function latestOpening(article: CleanedArticle, index: number, opensHere: boolean, before: number): number {
  if (opensHere) return index;
  return index > 0 && article.sentences[index - 1]?.paragraph === article.sentences[index]?.paragraph ? before : -1;
}
