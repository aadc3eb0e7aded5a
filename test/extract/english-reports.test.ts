import { describe, expect, test } from 'vitest';
import { createExtractor, type ArticleTriples } from '../../src/extract/index.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

// English report forms whose kind or modality hangs on the rest of the sentence.
const extract = createExtractor(loadKnowledgeBase(), { today: () => new Date('2026-11-24T12:00:00Z') });
const run = (text: string): Promise<ArticleTriples> => extract({ url: 'urn:test:english-reports', title: null, published: '2023-03-03', lang: null, text, html: null });

describe('"spoke with" is a call unless the sentence sets it somewhere in person', () => {
  test.each([
    ['on the sidelines', 'Antony Blinken spoke briefly with Sergey Lavrov on the sidelines of the G20 ministers meeting in New Delhi on Thursday.', 'meeting', 'New Delhi'],
    ['on the margins', 'Penny Wong spoke with Wang Yi on the margins of the East Asia Summit in Jakarta on Friday.', 'meeting', 'Jakarta'],
    ['no setting', 'Antony Blinken spoke with Sergey Lavrov on Thursday about the prisoner exchange.', 'phone_call', null],
  ])('%s', async (_form, text, kind, city) => {
    const { meetings } = await run(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.kind).toBe(kind);
    expect(meetings[0]!.place?.city ?? null).toBe(city);
  });
});

describe('announced talks are not talks held', () => {
  test('announced', async () => {
    expect((await run('Antony Blinken announced talks with Sergey Lavrov in the coming days.')).meetings).toEqual([]);
  });

  test('what is announced after talks held is no hedge on them', async () => {
    const { meetings } = await run('Vladimir Putin announced after his talks with Emmanuel Macron in the Kremlin on Monday that both sides would keep in touch.');
    expect(meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['Vladimir Putin', 'Emmanuel Macron']]);
  });
});
