// Extraction cost per MB of text for the crafted articles (test/helpers/crafted-articles.ts) and
// for ordinary articles, from 10 KB to the size limit, in one thread with no budget: the figure
// that shows whether cleaning and extraction stay linear in their input. Each size reads the same
// total of text (the largest size), as many articles of that size as it takes.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createExtractor } from '../src/extract/index.ts';
import type { ArticleInput } from '../src/ingest/index.ts';
import { MAX_ARTICLE_CHARS } from '../src/ingest/article-input.ts';
import { loadKnowledgeBase } from '../src/kb/index.ts';
import { CRAFTED_ARTICLES, type CraftedArticle } from '../test/helpers/crafted-articles.ts';

const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false } } });
const SIZES = values.smoke ? [10_000, 100_000] : [10_000, 100_000, 1_000_000, MAX_ARTICLE_CHARS];

/** Ordinary news: the project's own fixtures, each an article of a few KB, read one after another. */
const fixtures = ['extract-zh-hans.txt', 'extract-zh-hant.txt', 'extract-en.txt'].map((name) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8'));

async function main(): Promise<void> {
  const extract = createExtractor(loadKnowledgeBase());
  /**
   * ms per MB (10^6 characters) for articles of `chars` characters, read back to back until they
   * total the largest size: every size does the same amount of work, so each pays the same
   * warm-up and garbage collection, and a figure that grows with the size is the article's own
   * cost growing.
   */
  const total = SIZES[SIZES.length - 1]!;
  const perMb = async (inputs: (chars: number) => ArticleInput[], chars: number, work = total): Promise<number> => {
    const articles = inputs(chars);
    const size = articles.reduce((sum, a) => sum + (a.text ?? a.html ?? '').length, 0);
    const rounds = Math.max(1, Math.round(work / size));
    const started = performance.now();
    for (let round = 0; round < rounds; round++) for (const article of articles) await extract(article);
    return (performance.now() - started) / ((size * rounds) / 1e6);
  };
  const ordinary = (chars: number): ArticleInput[] => {
    const articles: ArticleInput[] = [];
    for (let size = 0, i = 0; size < chars; i++) {
      const text = fixtures[i % fixtures.length]!;
      articles.push({ url: `urn:bench:ordinary:${i}`, title: null, published: '2024-05-10', lang: null, text });
      size += text.length;
    }
    return articles;
  };
  const shapes: [string, (chars: number) => ArticleInput[]][] = [['ordinary articles (a few KB each)', ordinary], ...CRAFTED_ARTICLES.map((c: CraftedArticle) => [c.name, (chars: number) => [c.build(chars)]] as [string, (chars: number) => ArticleInput[]])];
  const label = (chars: number) => (chars >= 1e6 ? `${(chars / 1e6).toFixed(chars % 1e6 ? 2 : 0)} MB` : `${chars / 1000} KB`);
  process.stdout.write(`| input | ${SIZES.map((s) => `ms/MB at ${label(s)}`).join(' | ')} | largest / smallest |\n| --- | ${SIZES.map(() => '---').join(' | ')} | --- |\n`);
  for (const [name, inputs] of shapes) {
    await perMb(inputs, 2000, 2000);
    const figures: number[] = [];
    for (const size of SIZES) figures.push(await perMb(inputs, size));
    const ratio = figures[figures.length - 1]! / figures[0]!;
    process.stdout.write(`| ${name} | ${figures.map((f) => f.toFixed(0)).join(' | ')} | ${ratio.toFixed(2)} |\n`);
  }
}

await main();
