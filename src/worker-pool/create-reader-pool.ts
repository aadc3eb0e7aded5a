import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { ParleyError } from '../errors.ts';
import type { ArticleExtractor, ArticleTriples } from '../extract/index.ts';
import type { ArticleInput } from '../ingest/index.ts';
import type { ResolvedArticle } from '../resolve/index.ts';
import type { ReadTask, ReadTaskOutcome, ReadTaskResult, StartedPort } from './read-task.ts';

export interface ReaderPoolOptions {
  /** Worker threads. @default the machine's available parallelism */
  readonly threads?: number;
  /** Articles that may wait for a free worker; the next one is refused with BUSY. @default 16 */
  readonly queue?: number;
  /** Longest one article may run in a worker before the worker is stopped, in ms. @default 5000 */
  readonly budgetMs?: number;
  /** Heap of each worker in MB; an article that needs more fails alone. @default 512 */
  readonly memoryMb?: number;
}

/** clean → extract → resolve for an article as given: its meetings, linked and ready to store. */
export type ArticleReader = (article: ArticleInput) => Promise<{ readonly triples: ArticleTriples; readonly resolved: ResolvedArticle }>;

export interface ReaderPool {
  /** clean → extract in a worker thread, off the caller's event loop. */
  readonly extract: ArticleExtractor;
  /** clean → extract → resolve in a worker thread: the caller's event loop only writes. */
  readonly read: ArticleReader;
  /** Articles being extracted and waiting for a worker. */
  load(): { readonly running: number; readonly waiting: number };
  close(): Promise<void>;
}

const WORKER = new URL('./read-worker.ts', import.meta.url).href;

/** How long a refused caller should wait before trying again: about one article's budget. */
const retryAfterSeconds = (budgetMs: number): number => Math.max(1, Math.ceil(budgetMs / 1000));

/**
 * Reading articles in a pool of worker threads (piscina). The caller's event loop only hands articles
 * over and takes meetings back, so a page that is slow to read never holds up other requests.
 * Each article's budget starts when a worker picks it up; past it the worker is terminated (and
 * replaced) and the article fails with ARTICLE_TOO_COMPLEX. Waiting articles are bounded: one
 * more is refused at once with BUSY rather than left to hang.
 */
export function createReaderPool(options: ReaderPoolOptions = {}): ReaderPool {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const queue = options.queue ?? 16;
  const budgetMs = options.budgetMs ?? 5000;
  const memoryMb = options.memoryMb ?? 512;
  // Started on the first article: commands that never extract never pay for the workers.
  let pool: Piscina<ReadTask & { readonly started: StartedPort }, ReadTaskOutcome> | null = null;
  const workers = () =>
    (pool ??= new Piscina({
      filename: WORKER,
      // Workers are plain Node threads: TypeScript sources load through tsx there too.
      execArgv: ['--import', 'tsx'],
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: Number.POSITIVE_INFINITY,
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    }));

  // Slots are handed over here rather than in piscina's queue, so a budget never counts waiting.
  let running = 0;
  const waiting: (() => void)[] = [];
  const acquire = async (): Promise<void> => {
    if (running < threads) {
      running++;
      return;
    }
    if (waiting.length >= queue) {
      throw new ParleyError('BUSY', `Every extraction worker is busy and ${queue} articles are waiting (PARLEY_EXTRACT_QUEUE); try again shortly.`, {
        retriable: true,
        retryAfterSeconds: retryAfterSeconds(budgetMs),
      });
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  const runInWorker = async (task: ReadTask): Promise<ReadTaskResult> => {
    const abort = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    port1.once('message', () => {
      timer = setTimeout(() => abort.abort(), budgetMs);
    });
    let outcome: ReadTaskOutcome;
    try {
      outcome = await workers().run({ ...task, started: port2 }, { signal: abort.signal, transferList: [port2] as never });
    } catch (error) {
      throw failure(error, abort.signal.aborted, budgetMs, memoryMb);
    } finally {
      clearTimeout(timer);
      port1.close();
    }
    if ('heapLimitNear' in outcome) throw tooMuchMemory(memoryMb);
    return outcome;
  };

  const inTurn = async (task: ReadTask): Promise<ReadTaskResult> => {
    await acquire();
    try {
      return await runInWorker(task);
    } finally {
      release();
    }
  };

  return {
    extract: async (article, extractOptions) => {
      const result = await inTurn({ article, explain: Boolean(extractOptions?.explain), resolve: false });
      for (const entry of result.explanation) extractOptions?.explain?.(entry);
      return result.triples;
    },
    read: async (article) => {
      const { triples, resolved } = await inTurn({ article, explain: false, resolve: true });
      return { triples, resolved: resolved! };
    },
    load: () => ({ running, waiting: waiting.length }),
    close: async () => {
      await pool?.destroy();
      pool = null;
    },
  };
}

function failure(error: unknown, timedOut: boolean, budgetMs: number, memoryMb: number): Error {
  if (timedOut) {
    return new ParleyError('ARTICLE_TOO_COMPLEX', `The article was still being read after ${budgetMs} ms, the extraction budget (PARLEY_EXTRACT_BUDGET_MS); nothing of it was stored.`, { cause: error });
  }
  if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') return tooMuchMemory(memoryMb, error);
  return error instanceof Error ? error : new Error(String(error));
}

function tooMuchMemory(memoryMb: number, cause?: unknown): ParleyError {
  return new ParleyError('ARTICLE_TOO_COMPLEX', `Reading the article needed more than the ${memoryMb} MB a worker may use (PARLEY_EXTRACT_MEMORY_MB); nothing of it was stored.`, { cause });
}
