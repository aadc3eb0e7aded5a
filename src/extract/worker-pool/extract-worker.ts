import { loadKnowledgeBase } from '../../kb/index.ts';
import { createExtractor } from '../create-extractor.ts';
import type { SentenceExplanation } from '../explain.ts';
import type { MessagePortLike } from './create-extractor-pool.ts';
import type { ExtractTask, ExtractTaskResult } from './extract-task.ts';

/**
 * A pool worker: the knowledge base, lexicon and segmenter are built once per thread, when the
 * worker starts, and serve every article it is given.
 */
const extract = createExtractor(loadKnowledgeBase());

export default async function extractInWorker(task: ExtractTask & { readonly started: MessagePortLike }): Promise<ExtractTaskResult> {
  // The article's budget runs from here: time spent waiting for this worker does not count.
  task.started.postMessage(null);
  task.started.close();
  const explanation: SentenceExplanation[] = [];
  const triples = await extract(task.article, task.explain ? { explain: (entry) => explanation.push(entry) } : {});
  return { triples, explanation };
}
