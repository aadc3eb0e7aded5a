import { describe, expect, test } from 'vitest';
import type { PlaceMention } from '../../src/resolve/index.ts';
import { fixtureResolver } from './fixture-resolver.ts';

const resolver = fixtureResolver();
const place = (fields: Partial<PlaceMention>): PlaceMention => ({ city: null, country: null, venue: null, aliases: [], ...fields });

describe('resolvePlace', () => {
  test.each([
    [{ city: 'Beijing', country: 'China', venue: 'Great Hall of the People' }, 'place:great-hall-of-the-people'],
    [{ venue: '人民大會堂' }, 'place:great-hall-of-the-people'],
    [{ venue: '钓鱼台国宾馆', city: '北京' }, 'place:diaoyutai'],
  ])('resolves the venue of %j to %s with its city', (fields, id) => {
    expect(resolver.resolvePlace(place(fields))).toMatchObject({ kind: 'known', id, placeKind: 'venue', cityId: 'place:beijing', iso2: 'CN' });
  });

  test.each([
    [{ city: '北京' }, 'place:beijing', 'CN'],
    [{ city: 'Peking' }, 'place:beijing', 'CN'],
    [{ city: '約翰尼斯堡', country: '南非' }, 'place:johannesburg', 'ZA'],
    [{ city: 'Moscow', country: 'Russia' }, 'place:moscow', 'RU'],
  ])('resolves the city of %j to %s', (fields, id, iso2) => {
    expect(resolver.resolvePlace(place(fields))).toMatchObject({ kind: 'known', id, placeKind: 'city', cityId: null, iso2 });
  });

  test('resolves the full city link with its names', () => {
    expect(resolver.resolvePlace(place({ city: '莫斯科' }))).toEqual({
      kind: 'known',
      id: 'place:moscow',
      placeKind: 'city',
      cityId: null,
      iso2: 'RU',
      name: 'Moscow',
      names: ['Moscow', '莫斯科'],
    });
  });

  test.each([[{ country: '俄罗斯' }], [{ country: 'Russia' }], [{ country: '俄羅斯' }], [{ city: 'Russia' }]])('resolves %j to the country alone', (fields) => {
    expect(resolver.resolvePlace(place(fields))).toEqual({ kind: 'country', id: 'country:ru', iso2: 'RU', name: 'Russia' });
  });

  test('makes an unknown city new, keyed by name, in its country', () => {
    expect(resolver.resolvePlace(place({ city: 'Kazan', country: 'Russia' }))).toEqual({
      kind: 'new',
      key: 'kazan',
      placeKind: 'city',
      cityId: null,
      iso2: 'RU',
      name: 'Kazan',
      names: ['Kazan'],
    });
  });

  test('makes an unknown venue new but keeps its known city', () => {
    expect(resolver.resolvePlace(place({ city: 'Beijing', venue: 'Zhongnanhai' }))).toMatchObject({ kind: 'new', key: 'zhongnanhai', placeKind: 'venue', cityId: 'place:beijing', iso2: 'CN' });
  });

  test('does not take a city of the wrong country', () => {
    expect(resolver.resolvePlace(place({ city: 'Moscow', country: 'United States' }))).toMatchObject({ kind: 'new', key: 'moscow', iso2: 'US' });
  });
});

describe('resolveCountry', () => {
  test.each([
    ['Russia', 'RU'],
    ['俄罗斯', 'RU'],
    ['俄羅斯', 'RU'],
    ['Russian', 'RU'],
    ['俄方', 'RU'],
    ['Russian Federation', 'RU'],
    ['U.S.', 'US'],
    ['美国', 'US'],
    ['United States', 'US'],
    ['中國', 'CN'],
    ['South Africa', 'ZA'],
    ['Narnia', null],
  ])('resolves %s to %s', (text, iso2) => {
    expect(resolver.resolveCountry(text)).toBe(iso2);
  });
});

describe('resolveOrganization', () => {
  test.each([['G20'], ['G-20'], ['二十國集團'], ['Group of Twenty']])('resolves %s to the G20', (text) => {
    expect(resolver.resolveOrganization(text)).toMatchObject({ kind: 'known', id: 'org:g20', iso2: null, name: 'Group of Twenty' });
  });

  test('makes an unknown organization new, keyed by name', () => {
    expect(resolver.resolveOrganization('ASEAN')).toEqual({ kind: 'new', key: 'asean', name: 'ASEAN', names: ['ASEAN'] });
  });
});
