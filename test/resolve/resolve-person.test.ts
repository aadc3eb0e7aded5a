import { describe, expect, test } from 'vitest';
import { context, fixtureResolver, mention } from './fixture-resolver.ts';

const resolver = fixtureResolver();

describe('resolvePerson: one node for every spelling', () => {
  test.each([
    ['普京', 'person:vladimir-putin'],
    ['普丁', 'person:vladimir-putin'],
    ['Vladimir Putin', 'person:vladimir-putin'],
    ['VLADIMIR PUTIN', 'person:vladimir-putin'],
    ['弗拉基米尔·普京', 'person:vladimir-putin'],
    ['弗拉基米爾·普丁', 'person:vladimir-putin'],
    ['王毅', 'person:wang-yi'],
    ['Wang Yi', 'person:wang-yi'],
    ['拉夫羅夫', 'person:sergei-lavrov'],
    ['Sergey Lavrov', 'person:sergei-lavrov'],
    ['謝爾蓋•拉夫羅夫', 'person:sergei-lavrov'],
    ['秦剛', 'person:qin-gang'],
  ])('resolves %s to %s by exact alias', (name, id) => {
    expect(resolver.resolvePerson(mention(name), context())).toMatchObject({ kind: 'known', id, reason: 'exact_alias', confidence: 1 });
  });

  test('resolves 普丁 to Vladimir Putin with every name to store', () => {
    expect(resolver.resolvePerson(mention('普丁'), context())).toEqual({
      kind: 'known',
      id: 'person:vladimir-putin',
      name: 'Vladimir Putin',
      names: ['Vladimir Putin', '弗拉基米尔·普京', '弗拉基米爾·普丁', '普京', '普丁', 'Vladimir Vladimirovich Putin'],
      reason: 'exact_alias',
      confidence: 1,
    });
  });

  test('adds the mention’s own spelling to the names, without its title chain', () => {
    const link = resolver.resolvePerson(mention('俄罗斯外长拉夫罗夫', { aliases: ['Russian Foreign Minister Sergei Viktorovich Lavrov'] }), context());
    expect(link).toMatchObject({ kind: 'known', id: 'person:sergei-lavrov' });
    expect(link.kind === 'known' && link.names.slice(6)).toEqual(['Sergei Viktorovich Lavrov']);
  });

  test('resolves a mention by any of its aliases', () => {
    expect(resolver.resolvePerson(mention('Mr. Wang', { aliases: ['王毅'] }), context())).toMatchObject({ id: 'person:wang-yi', reason: 'exact_alias' });
  });
});

describe('resolvePerson: title chains', () => {
  test.each([
    ['外交部长王毅', 'person:wang-yi', 'exact_alias'],
    ['外交部長王毅', 'person:wang-yi', 'exact_alias'],
    ['王毅外长', 'person:wang-yi', 'exact_alias'],
    ['中国外长王毅先生', 'person:wang-yi', 'exact_alias'],
    ['俄罗斯外长拉夫罗夫', 'person:sergei-lavrov', 'exact_alias'],
    ['俄羅斯外長拉夫羅夫', 'person:sergei-lavrov', 'exact_alias'],
    ['Russian Foreign Minister Sergei Lavrov', 'person:sergei-lavrov', 'exact_alias'],
    ["Russia's Sergei Lavrov", 'person:sergei-lavrov', 'exact_alias'],
    ['Politburo member and Foreign Minister Wang Yi', 'person:wang-yi', 'exact_alias'],
    ['Russian President Vladimir Putin', 'person:vladimir-putin', 'exact_alias'],
    ['Russian Foreign Minister Lavrov', 'person:sergei-lavrov', 'title_context'],
    ['美国务卿布林肯', 'person:antony-blinken', 'title_context'],
    ['U.S. Secretary of State Blinken', 'person:antony-blinken', 'title_context'],
  ])('strips the chain of %s and resolves %s by %s', (name, id, reason) => {
    expect(resolver.resolvePerson(mention(name), context())).toMatchObject({ kind: 'known', id, reason });
  });

  test('uses the mention’s title and country fields as context for a surname', () => {
    const link = resolver.resolvePerson(mention('Lavrov', { title: 'Foreign Minister', country: 'Russia' }), context());
    expect(link).toMatchObject({ kind: 'known', id: 'person:sergei-lavrov', reason: 'title_context', confidence: 0.85 });
  });

  test.each([['the US Secretary of State'], ['美国国务卿'], ['Russian Foreign Minister']])('never resolves the bare title %s', (name) => {
    expect(resolver.resolvePerson(mention(name), context('2023-06-18'))).toMatchObject({ kind: 'unnamed', name, confidence: 0 });
  });

  test('reports the role and country of a bare title', () => {
    expect(resolver.resolvePerson(mention('the US Secretary of State'), context('2023-06-18'))).toEqual({
      kind: 'unnamed',
      name: 'the US Secretary of State',
      roles: ['foreign_minister'],
      countries: ['US'],
      reason: 'new',
      confidence: 0,
    });
  });
});

describe('resolvePerson: pinyin', () => {
  test('resolves Cai Yingwen to Tsai Ing-wen by pinyin', () => {
    expect(resolver.resolvePerson(mention('Cai Yingwen'), context())).toMatchObject({ kind: 'known', id: 'person:tsai-ing-wen', reason: 'pinyin', confidence: 0.85 });
  });

  test('resolves the homophone 王义 to Wang Yi only when title and date confirm it', () => {
    expect(resolver.resolvePerson(mention('王义', { title: '外长' }), context('2024-01-10'))).toMatchObject({ id: 'person:wang-yi', reason: 'pinyin' });
    expect(resolver.resolvePerson(mention('王义'), context())).toMatchObject({ kind: 'new', key: '王义' });
  });
});

describe('resolvePerson: unknown people', () => {
  test.each([
    ['Marco Rubio', 'marcorubio', 'Marco Rubio'],
    ['美国国务卿鲁比奥', '鲁比奥', '鲁比奥'],
    ['魯比奧', '鲁比奥', '魯比奧'],
    ['Hakan Fidan', 'hakanfidan', 'Hakan Fidan'],
    ['Wang Yu', 'wangyu', 'Wang Yu'],
  ])('makes %s a new person with key %s', (name, key, display) => {
    expect(resolver.resolvePerson(mention(name), context())).toEqual({ kind: 'new', key, name: display, names: [display], reason: 'new', confidence: 0.9 });
  });

  test('keys a new person by the longest of its names', () => {
    const link = resolver.resolvePerson(mention('Rubio', { aliases: ['Marco Antonio Rubio', 'Marco Rubio'] }), context());
    expect(link).toEqual({
      kind: 'new',
      key: 'marcoantoniorubio',
      name: 'Marco Antonio Rubio',
      names: ['Rubio', 'Marco Antonio Rubio', 'Marco Rubio'],
      reason: 'new',
      confidence: 0.9,
    });
  });

  test('gives the same key to the same unknown name in another article', () => {
    const first = resolver.resolvePerson(mention('Hakan Fidan'), context('2024-01-01'));
    const second = resolver.resolvePerson(mention('HAKAN  FIDAN'), context(null, [mention('王毅')], 'en'));
    expect(first.kind === 'new' && second.kind === 'new' && first.key === second.key).toBe(true);
  });
});
