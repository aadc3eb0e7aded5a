import { describe, expect, test } from 'vitest';
import { context, fixtureResolver, mention } from './fixture-resolver.ts';

const resolver = fixtureResolver();

describe('resolvePerson: fuzzy transliterations', () => {
  test.each([['Volodymyr Zelenskiy'], ['Volodymyr Zelenskyi'], ['Wolodymyr Zelensky'], ['泽伦斯基'], ['澤倫斯基'], ['Anthony Blinken'], ['Sergej Lavrov']])(
    'resolves %s to its KB person by fuzzy match',
    (name) => {
      expect(resolver.resolvePerson(mention(name), context())).toMatchObject({ kind: 'known', reason: 'fuzzy', confidence: 0.75 });
    },
  );

  test.each([
    ['Volodymyr Zelenskiy', 'person:volodymyr-zelenskyy'],
    ['泽伦斯基', 'person:volodymyr-zelenskyy'],
    ['Anthony Blinken', 'person:antony-blinken'],
    ['Sergej Lavrov', 'person:sergei-lavrov'],
  ])('resolves %s to %s', (name, id) => {
    expect(resolver.resolvePerson(mention(name), context())).toMatchObject({ id });
  });

  test.each([
    // One letter or character apart is another Chinese name.
    ['Wang Yu'],
    ['Li Qiong'],
    ['王义'],
    ['秦钢'],
    // Too far from any KB name.
    ['Vladimir Zelensky'.replace('Zelensky', 'Zalenskoi')],
  ])('keeps %s new rather than fuzzily linking it', (name) => {
    expect(resolver.resolvePerson(mention(name), context())).toMatchObject({ kind: 'new', reason: 'new' });
  });
});
