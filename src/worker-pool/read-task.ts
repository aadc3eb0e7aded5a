import type { ArticleTriples, SentenceExplanation } from '../extract/index.ts';
import type { ArticleInput } from '../ingest/index.ts';
import type { ResolvedArticle } from '../resolve/index.ts';

/** What the server sends a worker: one article as given, whether to explain it and to link it. */
export interface ReadTask {
  readonly article: ArticleInput;
  readonly explain: boolean;
  /** Link the meetings to the knowledge base as well (resolve), ready to be stored. */
  readonly resolve: boolean;
}

/** What a worker sends back: the meetings, the explanation when asked, the linked article when asked. */
export interface ReadTaskResult {
  readonly triples: ArticleTriples;
  readonly explanation: readonly SentenceExplanation[];
  readonly resolved: ResolvedArticle | null;
}

/** A worker's answer: the article read, or given up between sentences near the heap limit. */
export type ReadTaskOutcome = ReadTaskResult | { readonly heapLimitNear: { readonly usedMb: number } };

/** The part of a MessagePort a worker uses to say it has started. */
export interface StartedPort {
  postMessage(value: unknown): void;
  close(): void;
}
