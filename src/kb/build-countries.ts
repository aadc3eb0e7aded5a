import countries from 'i18n-iso-countries';
import type { CountryOverlayEntry, Names } from './schema.ts';

/** A country: CLDR names in three scripts plus the news forms of the overlay. */
export interface Country {
  readonly iso2: string;
  readonly id: string;
  readonly names: Names;
  readonly demonyms: readonly string[];
}

/**
 * All ISO 3166-1 countries with English, simplified and traditional (Taiwan) Chinese names from
 * CLDR via Intl.DisplayNames, the official English name from i18n-iso-countries as an alias, and
 * the overlay's news forms. Generated rather than stored so it follows the ICU the runtime ships.
 */
export function buildCountries(overlay: readonly CountryOverlayEntry[]): Country[] {
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const hans = new Intl.DisplayNames(['zh-Hans'], { type: 'region' });
  const hant = new Intl.DisplayNames(['zh-Hant-TW'], { type: 'region' });
  const hantHk = new Intl.DisplayNames(['zh-Hant-HK'], { type: 'region' });
  const extra = new Map(overlay.map((entry) => [entry.iso2, entry]));
  return Object.keys(countries.getAlpha2Codes())
    .sort()
    .map((iso2) => {
      const names = { en: en.of(iso2) ?? iso2, zhHans: hans.of(iso2) ?? iso2, zhHant: hant.of(iso2) ?? iso2 };
      const official = countries.getName(iso2, 'en', { select: 'all' }) ?? [];
      const overlayEntry = extra.get(iso2);
      const aliases = [...official, hantHk.of(iso2) ?? '', ...(overlayEntry?.aliases ?? [])];
      const unique = [...new Set(aliases)].filter((alias) => alias !== '' && !Object.values(names).includes(alias));
      return {
        iso2,
        id: `country:${iso2.toLowerCase()}`,
        names: { ...names, aliases: unique },
        demonyms: overlayEntry?.demonyms ?? [],
      };
    });
}
