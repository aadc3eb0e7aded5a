import { ArticleTriplesSchema, createExtractor, type SentenceExplanation } from '../extract/index.ts';
import { loadKnowledgeBase } from '../kb/index.ts';
import { createLinker, resolveArticle } from '../resolve/index.ts';
import type { ReadTask, ReadTaskResult, StartedPort } from './read-task.ts';

/**
 * A pool worker: the knowledge base, lexicon, segmenter and linker are built once per thread,
 * when the worker starts, and serve every article it is given.
 */
const kb = loadKnowledgeBase();
const extract = createExtractor(kb);
const linker = createLinker(kb);

export default async function readInWorker(task: ReadTask & { readonly started: StartedPort }): Promise<ReadTaskResult> {
  // The article's budget runs from here: time spent waiting for this worker does not count.
  task.started.postMessage(null);
  task.started.close();
  const explanation: SentenceExplanation[] = [];
  const triples = await extract(task.article, task.explain ? { explain: (entry) => explanation.push(entry) } : {});
  if (!task.resolve) return { triples, explanation, resolved: null };
  const valid = ArticleTriplesSchema.safeParse(triples);
  if (!valid.success) throw new Error(`The extractor produced invalid triples: ${valid.error.message}`);
  return { triples: valid.data, explanation, resolved: resolveArticle(valid.data, linker) };
}
