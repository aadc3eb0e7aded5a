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

describe('a leader meeting many in turn', () => {
  test('interacted with a number of leaders, including A, B and C: one meeting with each', async () => {
    const { meetings } = await run('On the sidelines of the summit, Narendra Modi interacted with a number of leaders, including Angela Merkel, Giuseppe Conte and Mark Rutte.');
    expect(meetings.map((m) => m.participants.map((p) => p.name))).toEqual([
      ['Narendra Modi', 'Angela Merkel'],
      ['Narendra Modi', 'Giuseppe Conte'],
      ['Narendra Modi', 'Mark Rutte'],
    ]);
  });

  test('the report stays with its protagonist when a sentence opens with the other side', async () => {
    const text =
      'Narendra Modi arrived in Tianjin on Sunday. He held a "very productive conversation" with Pham Minh Chinh. Meeting with the President of Laos, Thongloun Sisoulith, Modi stressed trade ties. The Prime Minister also exchanged views with Serdar Berdimuhamedow.';
    const { meetings } = await run(text);
    expect(meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([
      ['Narendra Modi', 'Pham Minh Chinh'],
      ['Narendra Modi', 'Thongloun Sisoulith'],
      ['Narendra Modi', 'Serdar Berdimuhamedow'],
    ]);
  });
});

describe('a dateline with a colon', () => {
  test('NEW YORK: … here is New York', async () => {
    const { meetings } = await run('NEW YORK: Prime Minister Narendra Modi met German Chancellor Angela Merkel here on Monday.');
    expect(meetings[0]?.place?.city).toBe('New York');
  });

  test('UPDATE: names no place', async () => {
    const { meetings } = await run('UPDATE: Prime Minister Narendra Modi met German Chancellor Angela Merkel on Monday.');
    expect(meetings[0]?.place ?? null).toBeNull();
  });
});

describe('named people who attend one meeting', () => {
  test('they are one meeting of all of them', async () => {
    const { meetings } = await run('Yoko Kamikawa and her counterparts Antony Blinken of the United States, Penny Wong of Australia and Subrahmanyam Jaishankar of India took part in the Quad foreign ministers\' meeting in Tokyo on Monday.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.kind).toBe('multilateral');
    expect(meetings[0]!.participants).toHaveLength(4);
  });

  test('one person attending a meeting meets no one', async () => {
    expect((await run('Wang Yi attended the meeting of BRICS foreign ministers in Rio de Janeiro on Monday.')).meetings).toEqual([]);
  });
});
