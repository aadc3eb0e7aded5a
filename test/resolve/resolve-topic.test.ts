import { describe, expect, test } from 'vitest';
import { fixtureResolver } from './fixture-resolver.ts';

const resolver = fixtureResolver();
const topic = (name: string, aliases: string[] = []) => ({ name, aliases });

describe('resolveTopic', () => {
  test.each([['俄乌冲突'], ['俄烏衝突'], ['Ukraine crisis'], ['war in Ukraine']])('resolves %s to the KB topic', (name) => {
    expect(resolver.resolveTopic(topic(name))).toMatchObject({ kind: 'known', id: 'topic:ukraine-crisis', name: 'Ukraine crisis' });
  });

  test.each([
    ['中俄关系'],
    ['中俄關係'],
    ['中俄两国关系'],
    ['中国与俄罗斯关系'],
    ['China-Russia relations'],
    ['Russia–China ties'],
    ['Sino-Russian relations'],
    ['relations between China and Russia'],
  ])('resolves %s to the China–Russia relations topic', (name) => {
    expect(resolver.resolveTopic(topic(name))).toEqual({
      kind: 'relations',
      id: 'topic:relations-cn-ru',
      countries: ['CN', 'RU'],
      name: 'China–Russia relations',
      names: { en: 'China–Russia relations', zhHans: '中俄关系', zhHant: '中俄關係' },
    });
  });

  test.each([
    ['US-China ties', 'topic:relations-cn-us'],
    ['中美关系', 'topic:relations-cn-us'],
    ['U.S.-Russian relations', 'topic:relations-ru-us'],
    ['中乌关系', 'topic:relations-cn-ua'],
  ])('resolves %s to %s', (name, id) => {
    expect(resolver.resolveTopic(topic(name))).toMatchObject({ kind: 'relations', id });
  });

  test('names relations in full where a country has no one-character form', () => {
    expect(resolver.resolveTopic(topic('China-South Africa relations'))).toMatchObject({
      id: 'topic:relations-cn-za',
      names: { en: 'China–South Africa relations', zhHans: '中国与南非关系', zhHant: '中國與南非關係' },
    });
  });

  test.each([['bilateral relations'], ['双边关系'], ['兩國關係']])('resolves %s to the relations of the meeting’s two countries', (name) => {
    expect(resolver.resolveTopic(topic(name), { countries: ['RU', 'CN'] })).toMatchObject({ kind: 'relations', id: 'topic:relations-cn-ru' });
  });

  test('keeps bilateral relations new when the meeting has no two countries', () => {
    expect(resolver.resolveTopic(topic('bilateral relations'), { countries: ['CN'] })).toEqual({
      kind: 'new',
      key: 'bilateralrelations',
      name: 'bilateral relations',
      names: ['bilateral relations'],
    });
  });

  test('makes an unknown topic new, keyed by its longest name', () => {
    expect(resolver.resolveTopic(topic('气候变化', ['climate change']))).toEqual({
      kind: 'new',
      key: 'climatechange',
      name: 'climate change',
      names: ['气候变化', 'climate change'],
    });
  });
});
