import { describe, expect, test } from 'vitest';
import { createExtractor, type ArticleTriples } from '../../src/extract/index.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

// English names as news writes them: Arabic names with their particles, regnal numbers, long
// Gulf names that go on past the part the knowledge base holds, and places that open with a
// word that is also someone's surname.
const extract = createExtractor(loadKnowledgeBase(), { today: () => new Date('2026-11-24T12:00:00Z') });
const run = (text: string): Promise<ArticleTriples> => extract({ url: 'urn:test:english-names', title: null, published: '2025-06-20', lang: null, text, html: null });
const people = (result: ArticleTriples): string[][] => result.meetings.map((m) => m.participants.map((p) => p.name));

describe('names with particles, numbers and many parts', () => {
  test.each([
    ['a particle joined by a hyphen', 'Foreign Minister Hakan Fidan met Syrian Foreign Minister Asaad al-Shaibani in Ankara on Monday.', 'Asaad al-Shaibani'],
    ['el- inside a name', 'Prime Minister Giorgia Meloni received President Abdel Fattah el-Sisi in Rome on Tuesday.', 'Abdel Fattah el-Sisi'],
    ['a regnal number', 'Pope Leo XIV received President Emmanuel Macron at the Vatican on Friday.', 'Leo XIV'],
    ['a known name that goes on with bin and Al', 'Secretary of State Antony Blinken met Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani in Doha on Sunday.', 'Mohammed bin Abdulrahman bin Jassim Al Thani'],
  ])('%s', async (_form, text, name) => {
    const found = people(await run(text));
    expect(found).toHaveLength(1);
    expect(found[0]!.some((n) => n.endsWith(name))).toBe(true);
  });

  test('given names before a known surname make someone else (Ayesha Noor Khan is not Imran Khan)', async () => {
    const found = people(await run('Prime Minister Narendra Modi met Ayesha Noor Khan in Delhi on Monday.'));
    expect(found).toEqual([['Narendra Modi', 'Ayesha Noor Khan']]);
  });

  test('a place whose first word is a surname is no person', async () => {
    const found = people(await run('Prime Minister Narendra Modi met President Samia Suluhu Hassan in Dar es Salaam on Sunday.'));
    expect(found).toEqual([['Narendra Modi', 'Samia Suluhu Hassan']]);
  });

  test('a known name that opens with a word no other name starts with (To Lam)', async () => {
    const found = people(await run('Chinese President Xi Jinping met Vietnamese leader To Lam in Hanoi on Monday.'));
    expect(found.flat()).toContain('To Lam');
  });
});

describe('a hedge in a later predicate', () => {
  test.each([
    'Subrahmanyam Jaishankar held talks with Sergei Lavrov in Moscow on Friday and is scheduled to call on Vladimir Putin on Saturday.',
    'Antony Blinken met Wang Yi in Beijing on Friday, and will travel to Seoul to meet Cho Tae-yul next week.',
  ])('%s: the meeting that happened stands, the one planned is left out', async (text) => {
    const found = people(await run(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveLength(2);
    expect(found[0]).not.toContain('Vladimir Putin');
  });
});

describe('who reports a meeting is no party to it', () => {
  test('a spokesperson named before the apposition that says so, quoting the readout', async () => {
    const text =
      'Pakistani Foreign Minister Ishaq Dar and his Russian counterpart Sergey Lavrov held talks in Goa on Thursday. Following their meet, Farhan Ali Sheikh, spokesperson of the foreign ministry, tweeted, "FM @MIshaqDar met Russian FM @mfa_russia on the sidelines of #SCO in Goa today."';
    const found = people(await run(text));
    expect(found.flat()).not.toContain('Farhan Ali Sheikh');
    expect(found[0]).toEqual(['Ishaq Dar', 'Sergey Lavrov']);
  });
});
