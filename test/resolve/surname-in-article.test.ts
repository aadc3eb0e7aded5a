import { describe, expect, test } from 'vitest';
import { context, fixtureResolver, mention } from './fixture-resolver.ts';

const resolver = fixtureResolver();

describe('resolvePerson: a surname after the full name in the same article', () => {
  test.each([
    ['Lavrov', ['Sergei Lavrov', 'Wang Yi'], 'person:sergei-lavrov'],
    ['布林肯', ['安东尼·布林肯', '王毅'], 'person:antony-blinken'],
    ['Li', ['Li Qiang', 'Sergei Lavrov'], 'person:li-qiang'],
    ['Zelenskiy', ['Volodymyr Zelenskyy'], 'person:volodymyr-zelenskyy'],
  ])('resolves %s by the article’s %j', (name, others, id) => {
    const people = others.map((other) => mention(other));
    expect(resolver.resolvePerson(mention(name), context(null, [mention(name), ...people]))).toMatchObject({ kind: 'known', id, reason: 'surname_in_article', confidence: 0.8 });
  });

  test('joins the surname of an unknown person to the full name’s new node', () => {
    const link = resolver.resolvePerson(mention('Rubio'), context(null, [mention('Marco Rubio'), mention('王毅')]));
    expect(link).toEqual({ kind: 'new', key: 'marcorubio', name: 'Marco Rubio', names: ['Marco Rubio'], reason: 'surname_in_article', confidence: 0.8 });
  });

  test('does not store the bare surname as a name of the person', () => {
    const link = resolver.resolvePerson(mention('Lavrov'), context(null, [mention('Sergei Lavrov')]));
    expect(link.kind === 'known' && link.names.includes('Lavrov')).toBe(false);
  });

  test('never links a surname two people of the article share', () => {
    const link = resolver.resolvePerson(mention('Li'), context(null, [mention('Li Qiang'), mention('Li Keqiang')]));
    expect(link).toEqual({ kind: 'new', key: 'li', name: 'Li', names: ['Li'], reason: 'new', confidence: 0.3 });
  });

  test('never links a lone surname two KB people share', () => {
    expect(resolver.resolvePerson(mention('Li'), context())).toEqual({ kind: 'new', key: 'li', name: 'Li', names: ['Li'], reason: 'new', confidence: 0.9 });
  });

  test('prefers the article’s full name to a KB-wide guess by title', () => {
    const link = resolver.resolvePerson(mention('Premier Li'), context('2020-06-01', [mention('Li Qiang')]));
    expect(link).toMatchObject({ kind: 'known', id: 'person:li-qiang', reason: 'surname_in_article' });
  });
});
