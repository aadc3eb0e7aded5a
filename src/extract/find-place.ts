import type { Place } from './article-triples.ts';
import type { KnownPlace, Lexicon } from './lexicon.ts';
import type { Token } from './tokenize-chinese.ts';
import type { CueSet } from './vocabulary/compile-vocabulary.ts';

/** Output form: the city as written, its country in English, its names in the other scripts. */
function fromKnown(place: KnownPlace, surface: string): Place {
  const city = place.kind === 'venue' ? place.city : place;
  const names = [place.en, place.zhHans, place.zhHant, ...place.aliases, ...(city && city !== place ? [city.en, city.zhHans, city.zhHant] : [])];
  return {
    city: place.kind === 'venue' && city ? city.en : surface,
    country: place.country,
    venue: place.kind === 'venue' ? surface : null,
    aliases: [...new Set(names)].filter((name) => name !== surface).slice(0, 50),
  };
}

/** Words inside a place phrase that are not a place's name (在土耳其南部城市安塔利亚). */
const ZH_PLACE_FILLER = /^(?:城市|首都|首府|地区|南部|北部|东部|西部|中部|东南部|西南部|东北部|西北部|郊外|郊区|市郊|港口|港市|边境|当地|海滨|沿海)$/;

/** Words before a place phrase: 在南非, 于纽约, 赴莫斯科, 到北京人民大会堂. */
const PLACE_PREPOSITIONS = new Set(['在', '于', '赴', '到', '正在']);

/** A preposition, also where jieba joins it to a one-character time word before it (昨在北京, 今在). */
const isPlacePreposition = (word: string): boolean => PLACE_PREPOSITIONS.has(word) || (word.length === 2 && /^[昨今明前当]/.test(word) && PLACE_PREPOSITIONS.has(word[1] ?? ''));

/** Words after 在/于 that end the place phrase. */
const ZH_PLACE_END = /^(?:会见|会晤|会谈|举行|出席|同|与|和|期间|接见|拜会|参加|主持|共同|进行|通电话|，|,|。)/;

/**
 * The place a simplified Chinese sentence gives: known places and countries, or words jieba
 * tags as places, after 在 or 于 (在南非约翰内斯堡, 于纽约联合国总部). `original` is the sentence in
 * its own script, same length, for the surface.
 */
export function findChinesePlace(lex: Lexicon, text: string, original: string, tokens: readonly Token[]): Place | null {
  const surfaceOf = (token: Token): string => (original.length === text.length ? original.slice(token.start, token.end) : token.word);
  // A phrase that names only a country ("在土耳其外长…参与下") gives way to a later one naming a city.
  let countryOnly: Place | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!isPlacePreposition(tokens[i]?.word ?? '')) continue;
    let country: string | null = null;
    let countrySurface: string | null = null;
    for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
      const token = tokens[k];
      // A title means the phrase is about a person (在土耳其外长…), not a place.
      if (!token || ZH_PLACE_END.test(text.slice(token.start)) || lex.zhTitles.has(token.word)) break;
      const known = lex.zhPlaces.get(token.word);
      // 河北廊坊, 广东深圳: a city named after its province is the place.
      const next = tokens[k + 1];
      if (known && next && next.start === token.end && next.tag === 'ns' && next.word.length > 1 && !lex.zhCountries.has(next.word) && !ZH_PLACE_FILLER.test(next.word)) {
        const city = lex.zhPlaces.get(next.word);
        return city ? fromKnown(city, surfaceOf(next)) : { city: surfaceOf(next), country: known.country, venue: null, aliases: [] };
      }
      if (known) return fromKnown(known, surfaceOf(token));
      const nation = lex.zhCountries.get(token.word);
      if (nation && token.word.length > 1) {
        country = nation.en;
        countrySurface = surfaceOf(token);
        continue;
      }
      if (token.tag === 'ns' && token.word.length > 1 && !ZH_PLACE_FILLER.test(token.word)) {
        const city = next && next.start === token.end && next.tag === 'ns' && next.word.length > 1 && !lex.zhCountries.has(next.word) && !ZH_PLACE_FILLER.test(next.word) ? next : token;
        return { city: surfaceOf(city), country, venue: null, aliases: [] };
      }
    }
    if (country) countryOnly ??= { city: null, country, venue: null, aliases: countrySurface ? [countrySurface] : [] };
  }
  return countryOnly;
}

const EN_PLACE = /\b(?:in|at)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+)?(?:capital|capital city|city|port city|resort town|town)(?:\s+of)?,?\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})(?:,\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?/g;
/** A day or month glued to the end of a place phrase ("at the White House Monday"). */
const EN_TRAILING_DATE = /(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December))+$/;

/** Longest known place or country among the leading words of `phrase`. */
function knownPrefix(lex: Lexicon, phrase: string): { place: KnownPlace | null; country: string | null; surface: string } | null {
  const parts = phrase.split(/\s+/);
  for (let n = parts.length; n >= 1; n--) {
    const surface = parts.slice(-n).join(' ');
    const key = surface.toLowerCase();
    const place = lex.enPlaces.get(key);
    if (place) return { place, country: place.country, surface };
    const country = lex.enCountries.get(key);
    if (country && !/^[a-z]/.test(surface)) return { place: null, country: country.en, surface };
  }
  return null;
}

/**
 * The place an English sentence gives: "in Kuala Lumpur, Malaysia", "at the Hyderabad House in
 * Delhi", "in Beijing". Known places first; an unknown name followed by a country, or one
 * `placeNames` (compromise) takes for a place, is kept as a city.
 */
export function findEnglishPlace(lex: Lexicon, text: string, placeNames: readonly string[]): Place | null {
  const matches = [...text.matchAll(EN_PLACE)].map((m) => {
    const phrase = (m[1] ?? '').replace(EN_TRAILING_DATE, '');
    return { phrase, known: knownPrefix(lex, phrase), trailing: m[2] ? knownPrefix(lex, m[2]) : null };
  });
  // A known place anywhere beats an unknown name earlier in the sentence (a venue, a building).
  const knownPlace = matches.find((m) => m.known?.place);
  if (knownPlace?.known?.place) return fromKnown(knownPlace.known.place, knownPlace.known.surface);
  const withCountry = matches.find((m) => !m.known && m.trailing?.country && !m.trailing.place);
  if (withCountry) return { city: withCountry.phrase, country: withCountry.trailing?.country ?? null, venue: null, aliases: [] };
  const country = matches.find((m) => m.known?.country);
  if (country?.known?.country) return { city: null, country: country.known.country, venue: null, aliases: [] };
  const named = matches.find((m) => !m.known && placeNames.some((name) => name.includes(m.phrase) || m.phrase.includes(name)));
  return named ? { city: named.phrase, country: null, venue: null, aliases: [] } : null;
}

/** A dateline's city as a place: a known place or country at the end of what the dateline holds. */
export function placeFromDateline(lex: Lexicon, city: string, chinese: boolean): Place | null {
  if (!chinese) {
    const known = knownPrefix(lex, city);
    if (known?.place) return fromKnown(known.place, known.surface);
    return { city, country: known?.country ?? null, venue: null, aliases: [] };
  }
  const simplified = lex.simplify(city);
  for (let from = 0; from < simplified.length - 1; from++) {
    const tail = simplified.slice(from);
    const known = lex.zhPlaces.get(tail);
    if (known) return fromKnown(known, city.slice(from));
    const country = lex.zhCountries.get(tail);
    if (country) return { city: null, country: country.en, venue: null, aliases: [city.slice(from)] };
  }
  return simplified.length >= 2 && simplified.length <= 5 ? { city, country: null, venue: null, aliases: [] } : null;
}

/** A place named where someone travelled, and where in the sentence its cue stands. */
export interface TripPlace {
  readonly place: Place;
  readonly index: number;
}

/**
 * Where a sentence says someone travelled: the known place or country right after a trip cue
 * (visited Moscow, a visit to the United States, 抵达北京, 访问德国). A city named after its
 * country (抵达美国首都华盛顿) is the place.
 */
export function findTripPlace(lex: Lexicon, text: string, original: string, trips: CueSet, chinese: boolean): TripPlace | null {
  for (let from = 0; from < text.length; ) {
    const cue = trips.find(text.slice(from));
    if (!cue) return null;
    const index = from + cue.index;
    const after = index + cue.length;
    const place = chinese ? chinesePlaceAt(lex, text, original, after) : englishPlaceAt(lex, text.slice(after));
    if (place) return { place, index };
    from = after;
  }
  return null;
}

/** Within a few characters of `at`, before the clause ends: a known place, else a country, named as the article writes it. */
function chinesePlaceAt(lex: Lexicon, text: string, original: string, at: number): Place | null {
  const surfaceOf = (from: number, to: number): string => (original.length === text.length ? original : text).slice(from, to);
  let country: Place | null = null;
  for (let p = at; p < Math.min(text.length, at + 12) && !/[，,。；;、：:]/.test(text[p] ?? ''); p++) {
    for (let length = Math.min(6, text.length - p); length >= 2; length--) {
      const word = text.slice(p, p + length);
      const known = lex.zhPlaces.get(word);
      if (known) return fromKnown(known, surfaceOf(p, p + length));
      const nation = lex.zhCountries.get(word);
      if (nation && !country) {
        country = { city: null, country: nation.en, venue: null, aliases: [surfaceOf(p, p + length)] };
        p += length - 1;
        break;
      }
    }
  }
  return country;
}

const LEADING_NAME = /^\s*(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+)?(?:capital|capital city|city|port city)(?:\s+of)?,?\s+(?=[A-Z]))?([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})/;

/** The known place or country that the words right after a cue name, longest first. */
function englishPlaceAt(lex: Lexicon, rest: string): Place | null {
  const words = LEADING_NAME.exec(rest)?.[1]?.replace(/[.,]+$/, '').split(/\s+/) ?? [];
  for (let n = words.length; n >= 1; n--) {
    const surface = words.slice(0, n).join(' ');
    const known = lex.enPlaces.get(surface.toLowerCase());
    if (known) return fromKnown(known, surface);
    const nation = lex.enCountries.get(surface.toLowerCase());
    if (nation) return { city: null, country: nation.en, venue: null, aliases: [] };
  }
  return null;
}
