import type { ArticleInput } from '../../ingest/index.ts';
import type { ArticleTriples } from '../article-triples.ts';
import type { SentenceExplanation } from '../explain.ts';

/** What the server sends a worker: one article as given, and whether to explain it. */
export interface ExtractTask {
  readonly article: ArticleInput;
  readonly explain: boolean;
}

/** What a worker sends back: the meetings, and the explanation when one was asked for. */
export interface ExtractTaskResult {
  readonly triples: ArticleTriples;
  readonly explanation: readonly SentenceExplanation[];
}
