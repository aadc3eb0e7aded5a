import { describe, expect, test } from 'vitest';
import { assignCountryColors, NO_COUNTRY_COLOR, OKABE_ITO, OTHER_COUNTRY_COLOR } from '../../src/web/country-colors.ts';

describe('country colours', () => {
  test('the countries with most people get the Okabe-Ito colours in order, ties by code', () => {
    const colors = assignCountryColors(['RU', 'CN', 'CN', 'US', null, 'RU', 'CN']);
    expect([...colors.named]).toEqual([
      ['CN', '#0072B2'],
      ['RU', '#D55E00'],
      ['US', '#009E73'],
    ]);
    expect(colors.colorOf('RU')).toBe('#D55E00');
    expect(colors.colorOf(null)).toBe(NO_COUNTRY_COLOR);
  });

  test('past seven countries the rest share one grey', () => {
    const codes = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH'];
    const colors = assignCountryColors(codes);
    expect(colors.named.size).toBe(OKABE_ITO.length);
    expect(colors.colorOf('HH')).toBe(OTHER_COUNTRY_COLOR);
    expect(new Set(codes.slice(0, 7).map(colors.colorOf)).size).toBe(7);
  });
});

test('countries keep the colour they had when the filters change who is in view', () => {
  const wide = assignCountryColors(['CN', 'CN', 'RU', 'US']);
  const narrow = assignCountryColors(['US', 'US', 'IN'], wide.remembered);
  expect([...narrow.named]).toEqual([
    ['US', wide.colorOf('US')],
    ['IN', OKABE_ITO[3]],
  ]);
  expect(narrow.colorOf('CN')).toBe(wide.colorOf('CN'));
});
