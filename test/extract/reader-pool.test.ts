import { afterAll, describe, expect, test } from 'vitest';
import { ParleyError } from '../../src/errors.ts';
import { ArticleTriplesSchema, createExtractor, type ArticleTriples } from '../../src/extract/index.ts';
import type { ArticleInput } from '../../src/ingest/index.ts';
import { MAX_ARTICLE_CHARS } from '../../src/ingest/article-input.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';
import { createLinker, resolveArticle } from '../../src/resolve/index.ts';
import { createReaderPool } from '../../src/worker-pool/index.ts';
import { CRAFTED_ARTICLES } from '../helpers/crafted-articles.ts';
import { longestStall } from '../helpers/event-loop-stalls.ts';

const BUDGET_MS = 2000;
const pool = createReaderPool({ threads: 2, budgetMs: BUDGET_MS, queue: Number.POSITIVE_INFINITY });
afterAll(() => pool.close());

const article = (text: string): ArticleInput => ({ url: 'urn:test:pool', title: null, published: '2024-05-10', lang: null, text });

/** The outcome of one article: its meetings, or the code it failed with. */
async function outcome(run: () => Promise<ArticleTriples>): Promise<{ readonly code: string | null; readonly meetings: number }> {
  try {
    return { code: null, meetings: (await run()).meetings.length };
  } catch (error) {
    if (error instanceof ParleyError) return { code: error.code, meetings: 0 };
    throw error;
  }
}

// Starting a worker loads the knowledge base and segmenter: seconds, on a busy machine.
const SLOW = { timeout: 60_000 };

describe('reading in worker threads', SLOW, () => {
  test('gives the same meetings as extraction in the calling thread, explanation included', async () => {
    const local = createExtractor(loadKnowledgeBase());
    for (const text of ['外交部长王毅9日在北京会见俄罗斯外长拉夫罗夫。', '外交部長王毅週三應約同美國國務卿布林肯通電話。', 'Secretary of State Antony Blinken spoke by phone with Wang Yi on Friday.']) {
      const inThread: unknown[] = [];
      const inWorker: unknown[] = [];
      const expected = await local(article(text), { explain: (entry) => inThread.push(entry) });
      expect(await pool.extract(article(text), { explain: (entry) => inWorker.push(entry) })).toEqual(expected);
      expect(inWorker).toEqual(inThread);
      expect(expected.meetings).toHaveLength(1);
    }
  });

  test('links the meetings as the calling thread would, ready to store', async () => {
    const kb = loadKnowledgeBase();
    const local = createExtractor(kb);
    const input = article('外交部长王毅9日在北京会见俄罗斯外长拉夫罗夫，双方就乌克兰危机交换了意见。');
    const expected = resolveArticle(ArticleTriplesSchema.parse(await local(input)), createLinker(kb));
    const { resolved } = await pool.read(input);
    expect(resolved).toEqual(expected);
    expect(resolved.meetings).toHaveLength(1);
  });

  test('a full waiting line refuses the next article at once with BUSY and when to retry', async () => {
    const small = createReaderPool({ threads: 1, queue: 1, budgetMs: 10_000 });
    try {
      // Taking a worker and a place in line happen as each call is made, so no timing is involved.
      const text = 'Wang Yi met Sergey Lavrov in Moscow on Monday.\n'.repeat(20);
      const first = small.extract(article(text));
      const second = small.extract(article(text));
      expect(small.load()).toEqual({ running: 1, waiting: 1 });
      const refused = await outcome(() => small.extract(article(text)));
      expect(refused.code).toBe('BUSY');
      await expect(small.extract(article(text))).rejects.toMatchObject({ code: 'BUSY', retriable: true, retryAfterSeconds: 10 });
      // The two let in still finish.
      expect((await first).meetings.length).toBeGreaterThan(0);
      expect((await second).meetings.length).toBeGreaterThan(0);
      expect(small.load()).toEqual({ running: 0, waiting: 0 });
    } finally {
      await small.close();
    }
  });
});

describe('crafted articles at the size limit', SLOW, () => {
  // Each ends within its budget, with meetings or ARTICLE_TOO_COMPLEX; the worker it stopped is
  // replaced, so the next article is read as usual. The slack covers starting a new worker.
  test.each(CRAFTED_ARTICLES.map((crafted) => [crafted.name, crafted] as const))('%s: extracted or refused with its code', async (_, crafted) => {
    const input = crafted.build(MAX_ARTICLE_CHARS - 10);
    expect((input.text ?? input.html ?? '').length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    const started = Date.now();
    const { result, stallMs } = await longestStall(() => outcome(() => pool.extract(input)));
    expect([null, 'ARTICLE_TOO_COMPLEX']).toContain(result.code);
    // Handing the article over and taking its result back never holds the caller's event loop.
    expect(stallMs).toBeLessThan(100);
    expect(Date.now() - started).toBeLessThan(BUDGET_MS + 30_000);
    expect(await outcome(() => pool.extract(article('外交部长王毅9日在北京会见俄罗斯外长拉夫罗夫。')))).toEqual({ code: null, meetings: 1 });
  });

  test('an article that needs more memory than a worker has fails alone, naming the memory limit, and the process lives on', async () => {
    // Enough heap for the knowledge base and an ordinary article, far too little for these at 2 MB.
    // Left to V8's own limit, an article like the many clauses can abort the whole process
    // (nodejs/node#47224); the worker gives up between sentences before the limit.
    const small = createReaderPool({ threads: 1, budgetMs: 120_000, memoryMb: 64 });
    try {
      const ordinary = article('外交部长王毅9日在北京会见俄罗斯外长拉夫罗夫。');
      expect(await outcome(() => small.extract(ordinary))).toEqual({ code: null, meetings: 1 });
      for (const name of ['one sentence of many clauses (zh)', 'a long list of names (zh)']) {
        const heavy = CRAFTED_ARTICLES.find((crafted) => crafted.name === name)!.build(MAX_ARTICLE_CHARS);
        await expect(small.extract(heavy)).rejects.toMatchObject({ code: 'ARTICLE_TOO_COMPLEX', message: expect.stringContaining('PARLEY_EXTRACT_MEMORY_MB') });
        // The worker is still good for the next article.
        expect(await outcome(() => small.extract(ordinary))).toEqual({ code: null, meetings: 1 });
      }
    } finally {
      await small.close();
    }
  });

  test('an article stopped by its budget says which limit it met', async () => {
    const slow = CRAFTED_ARTICLES.find((crafted) => crafted.name === 'many short paragraphs')!;
    const tight = createReaderPool({ threads: 1, budgetMs: 300 });
    try {
      await expect(tight.extract(slow.build(MAX_ARTICLE_CHARS))).rejects.toMatchObject({ code: 'ARTICLE_TOO_COMPLEX', message: expect.stringContaining('PARLEY_EXTRACT_BUDGET_MS') });
    } finally {
      await tight.close();
    }
  });
});
