import { describe, expect, test } from 'vitest';
import { context, fixtureResolver, mention } from './fixture-resolver.ts';

const resolver = fixtureResolver();

describe('resolvePerson: office held at the date', () => {
  test.each([
    ['Chinese Premier Li', '2020-06-01', 'person:li-keqiang'],
    ['Chinese Premier Li', '2024-03-05', 'person:li-qiang'],
    ['李总理', '2015', 'person:li-keqiang'],
    // March 2023: Li Keqiang until the 11th, Li Qiang for the remaining 21 days.
    ['李總理', '2023-03', 'person:li-qiang'],
    ['Alex Morgan', '2011', 'person:alex-morgan-a'],
    ['Alex Morgan', '2020-02-02', 'person:alex-morgan-b'],
    ['Foreign Secretary Alex Morgan', '2012-09', 'person:alex-morgan-a'],
  ])('tells apart namesakes: %s on %s is %s', (name, date, id) => {
    expect(resolver.resolvePerson(mention(name), context(date))).toMatchObject({ kind: 'known', id, reason: 'office_at_date', confidence: 0.75 });
  });

  test('resolves Chinese Foreign Minister Qin to Qin Gang by title and country', () => {
    expect(resolver.resolvePerson(mention('Foreign Minister Qin', { country: 'China' }), context('2023-07'))).toMatchObject({ id: 'person:qin-gang', reason: 'title_context' });
  });

  test('resolves a lone surname by the one KB person with it in office at the date', () => {
    expect(resolver.resolvePerson(mention('Blinken'), context('2023-06-18'))).toMatchObject({ kind: 'known', id: 'person:antony-blinken', reason: 'office_at_date' });
  });

  test('keeps a lone surname new when its KB holder was not in office at the date', () => {
    expect(resolver.resolvePerson(mention('Blinken'), context('2026-01-01'))).toMatchObject({ kind: 'new', key: 'blinken', reason: 'new' });
  });

  test.each([
    ['Alex Morgan', null],
    ['Alex Morgan', '2015'],
    ['Premier Li', null],
    ['李', '2020'],
  ])('does not guess between namesakes: %s on %s', (name, date) => {
    expect(resolver.resolvePerson(mention(name), context(date))).toMatchObject({ kind: 'new', reason: 'new' });
  });

  test('marks an unresolved namesake as doubtful', () => {
    expect(resolver.resolvePerson(mention('Alex Morgan'), context())).toEqual({ kind: 'new', key: 'alexmorgan', name: 'Alex Morgan', names: ['Alex Morgan'], reason: 'new', confidence: 0.3 });
  });
});
