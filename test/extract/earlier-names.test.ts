import { describe, expect, test } from 'vitest';
import type { Mention } from '../../src/extract/index.ts';
import { EarlierNames } from '../../src/extract/profiles/earlier-names.ts';

const titled = (surface: string): Mention => ({ start: 0, end: surface.length, surface, person: null, title: '外长', country: null, via: 'title + name' });
const found = (names: EarlierNames, text: string, already: Mention[] = []) =>
  names.findIn(text, already).map((m) => [m.surface, text.slice(m.start, m.end), m.start, m.via]);

// Up to a few names each is searched for; past that each position is looked up: both must agree.
describe.each([
  ['a few names', 0],
  ['many names', 40],
])('names seen earlier in the article, with %s remembered', (_, padding) => {
  const names = new EarlierNames();
  for (let i = 0; i < padding; i++) names.remember(`虚构${String.fromCharCode(0x4e00 + i)}名`, titled('甲'));
  names.remember('巴尔丘克', titled('巴尔丘克'));
  names.remember('阿尔坦', titled('阿尔坦'));

  test('each name is found at its first occurrence in a later sentence', () => {
    expect(found(names, '随后巴尔丘克会见阿尔坦，巴尔丘克表示')).toEqual([
      ['巴尔丘克', '巴尔丘克', 2, 'earlier in the article'],
      ['阿尔坦', '阿尔坦', 8, 'earlier in the article'],
    ]);
  });

  test('a name overlapping a mention already found is not added', () => {
    const already: Mention = { ...titled('阿尔坦奥卢'), start: 0, end: 5 };
    expect(found(names, '阿尔坦奥卢说', [already])).toEqual([]);
  });

  test('a sentence without any of them adds nothing', () => {
    expect(found(names, '双方就乌克兰局势交换了意见。')).toEqual([]);
  });
});

test('when two remembered names overlap, the one remembered first wins', () => {
  for (const padding of [0, 40]) {
    const names = new EarlierNames();
    for (let i = 0; i < padding; i++) names.remember(`虚构${String.fromCharCode(0x4e00 + i)}名`, titled('甲'));
    names.remember('坦奥卢', titled('坦奥卢'));
    names.remember('阿尔坦', titled('阿尔坦'));
    expect(found(names, '阿尔坦奥卢').map(([surface]) => surface)).toEqual(['坦奥卢']);
  }
});
