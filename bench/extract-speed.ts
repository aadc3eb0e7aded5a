// Times the extractor on the project's own fixtures, one core, and prints articles per second
// against a baseline measured in the same run (cleaning alone), per the style guide.
import { readFileSync } from 'node:fs';
import { createExtractor } from '../src/extract/index.ts';
import { cleanArticle, createSimplifier } from '../src/ingest/index.ts';
import { loadKnowledgeBase } from '../src/kb/index.ts';

const FIXTURES = ['extract-zh-hans.txt', 'extract-zh-hant.txt', 'extract-en.txt'];
const ROUNDS = 300;

async function main(): Promise<void> {
  const texts = FIXTURES.map((name) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8'));
  const articles = texts.map((text, i) => ({ url: `urn:bench:${i}`, title: null, published: '2024-05-10', lang: null, text, html: null }));
  const started = performance.now();
  const extract = createExtractor(loadKnowledgeBase());
  const setup = performance.now() - started;
  const simplify = createSimplifier();
  const time = async (work: () => unknown): Promise<number> => {
    for (let i = 0; i < 20; i++) await work();
    const t0 = performance.now();
    for (let i = 0; i < ROUNDS; i++) await work();
    return (performance.now() - t0) / 1000;
  };
  const cleanSeconds = await time(() => articles.forEach((a) => cleanArticle(a, simplify)));
  const extractSeconds = await time(() => Promise.all(articles.map((a) => extract(a))));
  const n = ROUNDS * articles.length;
  process.stdout.write(`setup (knowledge base, lexicon, jieba): ${setup.toFixed(0)} ms\n`);
  process.stdout.write(`cleaning only:   ${(n / cleanSeconds).toFixed(0)} articles/s (baseline)\n`);
  process.stdout.write(`full extraction: ${(n / extractSeconds).toFixed(0)} articles/s (${(cleanSeconds / extractSeconds).toFixed(2)}x the baseline's rate)\n`);
}

await main();
