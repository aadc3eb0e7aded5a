import type { Country } from '../kb/index.ts';
import { foldName, keyOfFolded } from './normalize-name.ts';

/** Country names, aliases and demonyms in every script, by key and in folded form. */
export interface CountryIndex {
  /** The iso2 a name key stands for; keys two countries claim are left out. */
  readonly byKey: ReadonlyMap<string, string>;
  /** Folded forms with their iso2, for finding countries inside title chains. */
  readonly tokens: readonly (readonly [string, string])[];
}

/**
 * "Sino-" is how English writes China in compounds (Sino-Russian relations); it is a property of
 * English, not of any one country's data, so it lives here rather than in the KB overlay.
 */
const ENGLISH_COMBINING_FORMS: readonly (readonly [string, string])[] = [['sino', 'CN']];

/** Indexes every form of every country; a form shared by two countries resolves to neither. */
export function createCountryIndex(countries: readonly Country[]): CountryIndex {
  const byKey = new Map<string, string>();
  const ambiguous = new Set<string>();
  const tokens: (readonly [string, string])[] = [];
  const add = (form: string, iso2: string) => {
    const folded = foldName(form);
    const key = keyOfFolded(folded);
    if (key === '' || ambiguous.has(key)) return;
    tokens.push([folded, iso2]);
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, iso2);
    else if (known !== iso2) {
      byKey.delete(key);
      ambiguous.add(key);
    }
  };
  for (const country of countries) {
    const { en, zhHans, zhHant, aliases } = country.names;
    for (const form of [en, zhHans, zhHant, ...aliases, ...country.demonyms]) add(form, country.iso2);
  }
  for (const [form, iso2] of ENGLISH_COMBINING_FORMS) if (countries.some((c) => c.iso2 === iso2)) add(form, iso2);
  return { byKey, tokens: tokens.filter(([folded]) => !ambiguous.has(keyOfFolded(folded))) };
}
