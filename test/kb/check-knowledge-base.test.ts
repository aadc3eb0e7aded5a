import { describe, expect, test } from 'vitest';
import { checkKnowledgeBase, loadKnowledgeBase, type KnowledgeBase, type PersonEntry, type PlaceEntry } from '../../src/kb/index.ts';

const names = (en: string, zhHans: string, aliases: string[] = []) => ({ en, zhHans, zhHant: zhHans, aliases });
const person = (id: string, zh: string, offices: PersonEntry['offices']): PersonEntry => ({ id, names: names(id, zh), country: 'AA', offices });
const office = (from: string, to: string | null, extra: Partial<PersonEntry['offices'][number]> = {}) => ({ role: 'foreign_minister', title: 'Foreign Minister', country: 'AA', from, to, ...extra });
const city = (id: string, en: string, zh: string): PlaceEntry => ({ id, kind: 'city', names: names(en, zh), country: 'AA' });

/** A small knowledge base, sound unless a test breaks it. */
function kb(parts: Partial<KnowledgeBase> = {}): KnowledgeBase {
  return {
    people: [person('person:a', '甲', [office('2010', '2015')])],
    places: [city('place:x', 'Xville', '克斯城')],
    organizations: [{ id: 'org:o', names: names('Org', '组织') }],
    topics: [{ id: 'topic:t', names: names('Topic', '话题'), keywords: [], scope: 'issue' }],
    titles: [{ role: 'foreign_minister', en: ['Foreign Minister'], zh: ['外长'] }],
    countries: [],
    ...parts,
  };
}
const problems = (parts: Partial<KnowledgeBase>) => checkKnowledgeBase(kb(parts), '2026-01-01').problems.filter((p) => !/fewer than/.test(p));

describe('the knowledge-base check', () => {
  test('the shipped knowledge base has no problems and the promised sizes', () => {
    const report = checkKnowledgeBase(loadKnowledgeBase());
    expect(report.problems).toEqual([]);
    expect(report.counts.people).toBeGreaterThanOrEqual(600);
    expect(report.counts.places).toBeGreaterThanOrEqual(350);
    expect(report.counts.organizations).toBeGreaterThanOrEqual(120);
    expect(report.counts.topics).toBeGreaterThanOrEqual(100);
  });

  test('a small sound knowledge base passes except for its size', () => {
    expect(problems({})).toEqual([]);
    expect(checkKnowledgeBase(kb(), '2026-01-01').problems).toContain('places: 1, fewer than 350');
  });

  test('an id used twice is reported', () => {
    expect(problems({ places: [city('place:x', 'Xville', '克斯城'), city('place:x', 'Yville', '伊城')] })).toEqual(['place:x: id used 2 times']);
  });

  test('a place name shared by two places is reported, whatever its spacing or script', () => {
    expect(problems({ places: [city('place:x', 'Xville', '克斯城'), city('place:y', 'X ville', '伊城')] })).toEqual(['place name "xville" names both place:x and place:y']);
    expect(problems({ places: [city('place:x', 'Xville', '台北'), { ...city('place:y', 'Y', '伊城'), names: names('Y', '伊城', ['臺北']) }] })).toEqual(['place name "台北" names both place:x and place:y']);
  });

  test('two people of one name are allowed when their offices never overlap, and reported when they share one', () => {
    const later = person('person:b', '甲', [office('2015', '2020')]);
    expect(problems({ people: [person('person:a', '甲', [office('2010', '2014')]), later] })).toEqual([]);
    expect(problems({ people: [person('person:a', '甲', [office('2010', '2016')]), later] })).toEqual(['person name "甲" names both person:a and person:b']);
  });

  test('two people of one name in different countries at the same time are told apart by the title chain', () => {
    const elsewhere = person('person:b', '甲', [office('2012', '2014', { country: 'BB' })]);
    expect(problems({ people: [person('person:a', '甲', [office('2010', '2016')]), elsewhere] })).toEqual([]);
  });

  test('an office that ends before it starts, or starts in the future, is reported', () => {
    expect(problems({ people: [person('person:a', '甲', [office('2015-06', '2015-01')])] })).toEqual(['person:a: office "Foreign Minister" ends (2015-01) before it starts (2015-06)']);
    expect(problems({ people: [person('person:a', '甲', [office('2027', null)])] })).toEqual(['person:a: office "Foreign Minister" starts in the future (2027)']);
  });

  test("references must resolve: an office's organization, a venue's city, a role's titles", () => {
    expect(problems({ people: [person('person:a', '甲', [office('2010', null, { org: 'org:missing', role: 'envoy' })])] })).toEqual([
      'person:a: office "Foreign Minister" names unknown organization org:missing',
      'person:a: role envoy has no titles in titles.json',
    ]);
    const venue: PlaceEntry = { id: 'place:hall', kind: 'venue', names: names('Hall', '大厅'), country: 'AA', city: 'place:nowhere' };
    expect(problems({ places: [city('place:x', 'Xville', '克斯城'), venue] })).toEqual(["place:hall: venue's city place:nowhere is not a city in the data"]);
  });
});
