import type { TitleEntry } from '../kb/index.ts';
import { foldName } from './normalize-name.ts';
import { createTokenMatcher, type TokenMatch } from './token-matcher.ts';

/** A word of a title chain: a title (with its KB role, or none for honorifics) or a country. */
type ChainWord = { readonly kind: 'title'; readonly role: string | null } | { readonly kind: 'country'; readonly iso2: string };

/** A surface form split into the name and the title chain around it. */
export interface ParsedName {
  /** The whole form, folded. */
  readonly folded: string;
  /** The name without its title chain, folded; equals `folded` when nothing was stripped. */
  readonly bare: string;
  /** Roles the chain names ("外长" → foreign_minister). */
  readonly roles: readonly string[];
  /** Countries the chain names ("俄罗斯", "Russian"). */
  readonly countries: readonly string[];
  /** Nothing but titles and countries ("the US Secretary of State"): no name to resolve. */
  readonly titleOnly: boolean;
}

/** Splits title chains such as "外交部长王毅" and "Russian Foreign Minister Sergei Lavrov". */
export interface ChainParser {
  parseName(folded: string): ParsedName;
  /** Roles and countries of a title on its own ("Russian Foreign Minister", "外长"). */
  parseTitle(folded: string): { roles: string[]; countries: string[] };
}

/**
 * Forms of address that are no office: stripped around names but they say nothing about role.
 * They belong to the languages, not to the KB's titles.
 */
const HONORIFICS = ['先生', '女士', '阁下', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'h.e.', 'his excellency', 'her excellency'];

/** Words that join a chain without naming anyone ("the", "of", "'s", 的). */
const FILLERS = new Set(['the', 'of', 'and', "'s", '’s', 's', '的', '兼']);

const TRIM_PUNCTUATION = /^[\s,、:：]+|[\s,、:：]+$/g;

/** True when chain words and fillers account for every character of the text. */
function coversAll(folded: string, matches: readonly TokenMatch<ChainWord>[]): boolean {
  const chars = folded.split('');
  for (const { start, end } of matches) chars.fill(' ', start, end);
  const rest = chars.join('');
  return rest
    .split(/[\s,、]+|(?=['’])/)
    .filter((word) => word !== '')
    .every((word) => FILLERS.has(word) || [...word].every((char) => FILLERS.has(char)));
}

export function createChainParser(titles: readonly TitleEntry[], countryTokens: readonly (readonly [string, string])[]): ChainParser {
  const words: (readonly [string, ChainWord])[] = [];
  for (const title of titles) {
    for (const form of [...title.en, ...title.zh]) words.push([foldName(form), { kind: 'title', role: title.role }]);
  }
  for (const form of HONORIFICS) words.push([form, { kind: 'title', role: null }]);
  for (const [folded, iso2] of countryTokens) words.push([folded, { kind: 'country', iso2 }]);
  const matcher = createTokenMatcher(words);

  function collect(matches: readonly TokenMatch<ChainWord>[]) {
    const roles = new Set<string>();
    const countries = new Set<string>();
    for (const { value } of matches) {
      if (value.kind === 'country') countries.add(value.iso2);
      else if (value.role !== null) roles.add(value.role);
    }
    return { roles: [...roles], countries: [...countries] };
  }

  return {
    parseTitle(folded) {
      return collect(matcher.matchAll(folded));
    },
    parseName(folded) {
      const matches = matcher.matchAll(folded);
      if (matches.length === 0) return { folded, bare: folded, roles: [], countries: [], titleOnly: false };
      if (coversAll(folded, matches)) return { folded, bare: '', ...collect(matches), titleOnly: true };
      // The name follows the last title with something after it, so unknown words earlier in a
      // long chain ("Politburo member and Foreign Minister Wang Yi") do not stop the strip.
      const lastTitle = matches.filter((m) => m.value.kind === 'title' && folded.slice(m.end).replace(TRIM_PUNCTUATION, '') !== '').at(-1);
      let cut = lastTitle?.end ?? 0;
      if (lastTitle === undefined) {
        // "Russia's Lavrov": a country in the possessive is a chain on its own in English.
        const possessive = matches.find((m) => m.start === 0 && m.value.kind === 'country' && /^['’]s /.test(folded.slice(m.end)));
        if (possessive !== undefined) cut = possessive.end + 3;
      }
      const chain = matches.filter((m) => m.end <= cut);
      let bare = folded.slice(cut).replace(TRIM_PUNCTUATION, '');
      // Chinese also puts titles and honorifics after the name: "王毅外长", "拉夫罗夫部长阁下".
      for (let suffix = matcher.matchSuffix(bare); suffix !== null && suffix.value.kind === 'title'; suffix = matcher.matchSuffix(bare)) {
        const rest = bare.slice(0, suffix.start).replace(TRIM_PUNCTUATION, '');
        if (rest === '') break;
        chain.push(suffix);
        bare = rest;
      }
      return { folded, bare, ...collect(chain), titleOnly: false };
    },
  };
}
