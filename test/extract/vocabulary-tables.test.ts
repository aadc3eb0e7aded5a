import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { createExtractor, loadVocabulary, type ArticleTriples } from '../../src/extract/index.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

// Every entry of every vocabulary table is exercised by its own example sentence, in every
// script it applies to: Chinese examples are written in simplified characters and run again as
// Taiwan-style traditional text, which the extractor must read through its simplifier.
const extract = createExtractor(loadKnowledgeBase(), { today: () => new Date('2026-11-24T12:00:00Z') });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const run = (text: string): Promise<ArticleTriples> => extract({ url: 'urn:test:vocabulary', title: null, published: '2024-05-10', lang: null, text, html: null });

const zh = loadVocabulary('zh').source;
const en = loadVocabulary('en').source;
const scripts = (example: string, script: 'zh' | 'en'): [string, string][] => (script === 'zh' ? [['zh-Hans', example], ['zh-Hant', toTraditional(example)]] : [['en', example]]);
const cases = <T extends { cue: string; example: string }>(entries: readonly T[], script: 'zh' | 'en'): [string, string, string, T][] =>
  entries.flatMap((entry) => scripts(entry.example, script).map(([lang, text]) => [entry.cue, lang, text, entry] as [string, string, string, T]));

describe.each([['zh', zh], ['en', en]] as const)('%s vocabulary', (script, vocabulary) => {
  test.each(cases(vocabulary.frames, script))('frame %s (%s) states a meeting of its kind', async (_, _lang, text, entry) => {
    const { meetings } = await run(text);
    expect(meetings.map((m) => m.kind)).toContain(entry.kind);
    if (entry.video || entry.kind === 'phone_call') expect(meetings.find((m) => m.kind === entry.kind)?.place ?? null).toBeNull();
  });

  test.each(cases([...vocabulary.modality, ...vocabulary.notMeetings, ...(vocabulary.schedules ?? [])], script))('%s (%s) is no meeting that happened', async (_, _lang, text) => {
    expect((await run(text)).meetings).toEqual([]);
  });

  test.each(cases(vocabulary.separately, script))('%s (%s): one meeting with each person', async (_, _lang, text) => {
    const { meetings } = await run(text);
    expect(meetings.length).toBeGreaterThanOrEqual(2);
    for (const meeting of meetings) expect(meeting.participants).toHaveLength(2);
  });

  test.each(cases([...vocabulary.together, ...vocabulary.chaired, ...vocabulary.attended], script))('%s (%s): one meeting of all of them', async (_, _lang, text) => {
    const { meetings } = await run(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants.length).toBeGreaterThanOrEqual(3);
  });

  test.each(cases([...vocabulary.pairReferences, ...vocabulary.recalled, ...vocabulary.firstPerson, ...vocabulary.addressee], script))('%s (%s): the same two people, a second meeting', async (_, _lang, text) => {
    const { meetings } = await run(text);
    expect(meetings).toHaveLength(2);
    const pair = (i: number): string => meetings[i]!.participants.map((p) => p.name).sort().join('|');
    expect(pair(1)).toBe(pair(0));
  });

  test.each(cases([...vocabulary.standInSubjects, ...(vocabulary.standInObjects ?? [])], script))('%s (%s) is the one the report is about', async (_, _lang, text) => {
    const { meetings } = await run(text);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toHaveLength(2);
  });

  test.each(cases(vocabulary.trips, script))('%s (%s): a meeting with no place of its own is held where the trip went', async (_, _lang, text, entry) => {
    const { meetings } = await run(text);
    expect(meetings).toHaveLength(1);
    const place = meetings[0]!.place;
    expect([place?.city, place?.country, ...(place?.aliases ?? [])]).toContain(entry.place);
  });
});
