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
