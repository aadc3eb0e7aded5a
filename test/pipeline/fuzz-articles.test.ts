import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ingestPaths } from '../../src/cli/ingest-paths.ts';
import { ParleyError } from '../../src/errors.ts';
import { ingestArticle } from '../../src/pipeline.ts';
import { staleParticipantKeys } from '../helpers/participant-keys.ts';
import { projectionDrift } from '../helpers/projection.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();

/** Extraction is the slow part: a quarter of the triples fuzz's count (10,000 → 2,500 under test:stress). */
const RUNS = Math.ceil(Number(process.env.PARLEY_FUZZ_RUNS ?? 200) / 4);

/** Real meeting sentences cut up and mixed with markup, noise and odd Unicode. */
const fragment = fc.oneof(
  fc.constantFrom(
    '外交部长王毅在北京会见俄罗斯外长拉夫罗夫。',
    '外交部長王毅週三應約同美國國務卿布林肯通電話。',
    'Wang Yi met Sergei Lavrov in Johannesburg on Thursday.',
    'MOSCOW, May 6 (Reuters) - ',
    '<p>',
    '</div><script>alert(1)</script>',
    '&amp;&#x4e2d;&#999999999;',
    '相关文章',
    '長(zhǎng)',
    '\u0000\u202e\ud800',
    '\n\n',
    "'}) DETACH DELETE n //",
  ),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const body = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));
const article = fc.record(
  {
    url: fc.oneof(fc.constantFrom('https://fuzz.example/a1', 'https://fuzz.example/a2'), fc.webUrl(), fc.string({ maxLength: 12 })),
    title: fc.option(fc.string({ maxLength: 30 })),
    published: fc.oneof(fc.constant(null), fc.constantFrom('2025-02-21', '2025-02-30'), fc.string({ maxLength: 10 })),
    lang: fc.oneof(fc.constant(null), fc.constantFrom('zh-Hans', 'zh-Hant', 'en'), fc.string({ maxLength: 4 })),
    text: fc.option(body),
    html: fc.option(body.map((b) => `<html><body><nav>首页</nav><article>${b}</article></body></html>`)),
  },
  { requiredKeys: [] },
);
/** Well-formed records with noisy bodies, so every run stores some articles as well as refusing others. */
const wellFormed = fc.record({
  url: fc.webUrl({ validSchemes: ['https'] }),
  published: fc.constant('2025-02-21'),
  text: body.map((b) => `外交部长王毅在北京会见俄罗斯外长拉夫罗夫。${b}`),
});

test('generated articles (text or HTML soup) are stored or refused with BAD_USER_INPUT, and the graph stays whole', async () => {
  const outcomes = { stored: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(fc.oneof(article, wellFormed, fc.anything()), async (input) => {
      const result = await ingestArticle(t.deps, input);
      outcomes[result.success ? 'stored' : 'refused'] += 1;
      if (!result.success) {
        expect(result.error).toBeInstanceOf(ParleyError);
        expect(result.error.code).toBe('BAD_USER_INPUT');
      }
    }),
    { numRuns: RUNS },
  );
  expect(outcomes.stored).toBeGreaterThan(0);
  expect(outcomes.refused).toBeGreaterThan(0);
  const [row] = await t.cypher<Record<string, number>>(
    `RETURN COUNT { (m:Meeting) WHERE COUNT { (m)<-[:ATTENDED]-(:Person) } < 2 } AS meetingsWithOnePerson,
            COUNT { (a:Article) WHERE a.contentHash IS NULL } AS halfWrittenArticles`,
  );
  expect(row).toEqual({ meetingsWithOnePerson: 0, halfWrittenArticles: 0 });
  expect(await projectionDrift(t)).toBeNull();
  expect(await staleParticipantKeys(t)).toEqual([]);
}, 600_000);

test('generated files given to the CLI ingest are each counted as stored or failed, never a crash', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-fuzz-cli-'));
  try {
    let n = 0;
    const line = fc.oneof(article.map((a) => JSON.stringify(a)), fc.string({ maxLength: 40 }), fc.constantFrom('{', '[]', 'null', '{"meetings": 5}'));
    const file = fc.oneof(
      fc.array(line, { maxLength: 4 }).map((lines) => ({ ext: 'jsonl', content: lines.join('\n') })),
      line.map((content) => ({ ext: 'json', content })),
      body.map((content) => ({ ext: 'txt', content })),
      body.map((content) => ({ ext: 'html', content: `<p>${content}</p>` })),
    );
    await fc.assert(
      fc.asyncProperty(file, async ({ ext, content }) => {
        const target = path.join(dir, `case-${n++}.${ext}`);
        writeFileSync(target, content);
        const reported: string[] = [];
        const summary = await ingestPaths(t.deps, [target], { quiet: true, report: (line) => reported.push(line) });
        expect(summary.skipped).toBe(0);
        // Every record that failed is named by file and line, with a reason.
        expect(reported.length).toBe(summary.failed);
        for (const line of reported) expect(line).toMatch(new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+)?: .+`));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);
