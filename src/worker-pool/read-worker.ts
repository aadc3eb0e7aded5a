import { ArticleTriplesSchema, createExtractor, type SentenceExplanation } from '../extract/index.ts';
import { loadKnowledgeBase } from '../kb/index.ts';
import { createLinker, resolveArticle } from '../resolve/index.ts';
import { createHeapGuard, HeapLimitNear } from './heap-guard.ts';
import type { ReadTask, ReadTaskOutcome, StartedPort } from './read-task.ts';

/**
 * A pool worker: the knowledge base, lexicon, segmenter and linker are built once per thread,
 * when the worker starts, and serve every article it is given.
 */
const kb = loadKnowledgeBase();
const extract = createExtractor(kb, { checkpoint: createHeapGuard() });
const linker = createLinker(kb);

export default async function readInWorker(task: ReadTask & { readonly started: StartedPort }): Promise<ReadTaskOutcome> {
  // The article's budget runs from here: time spent waiting for this worker does not count.
  task.started.postMessage(null);
  task.started.close();
  const explanation: SentenceExplanation[] = [];
  let triples;
  try {
    triples = await extract(task.article, task.explain ? { explain: (entry) => explanation.push(entry) } : {});
  } catch (error) {
    if (error instanceof HeapLimitNear) return { heapLimitNear: { usedMb: error.usedMb } };
    throw error;
  }
  if (!task.resolve) return { triples, explanation, resolved: null };
  const valid = ArticleTriplesSchema.safeParse(triples);
  if (!valid.success) throw new Error(`The extractor produced invalid triples: ${valid.error.message}`);
  return { triples: valid.data, explanation, resolved: resolveArticle(valid.data, linker) };
}
