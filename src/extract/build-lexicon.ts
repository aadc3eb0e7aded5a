import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import nlp from 'compromise';
import type { Simplifier } from '../ingest/index.ts';
import type { KnowledgeBase, PersonEntry, PlaceEntry } from '../kb/index.ts';
import type { KnownCountry, KnownPerson, KnownPlace, KnownTopic, Lexicon } from './lexicon.ts';
import { loadVocabulary } from './vocabulary/compile-vocabulary.ts';

const HAN = /[\u3400-\u9fff]/;

function setFirst<V>(map: Map<string, V>, key: string, value: V): void {
  if (key !== '' && !map.has(key)) map.set(key, value);
}

function latestOffice(entry: PersonEntry): string | null {
  const current = entry.offices.find((office) => office.to === null) ?? entry.offices[entry.offices.length - 1];
  return current?.title ?? null;
}

/**
 * Builds the lexicon: name indexes over the knowledge base in simplified Chinese and lower-cased
 * English, and a jieba segmenter that knows those names (out of the box it splits 王毅 into 王/毅
 * and takes 约翰内斯堡 for a person). Costly (the segmenter's dictionary): build once per process.
 */
export function buildLexicon(kb: KnowledgeBase, simplify: Simplifier): Lexicon {
  const countryByIso = new Map<string, KnownCountry>();
  const zhCountries = new Map<string, KnownCountry>();
  const enCountries = new Map<string, KnownCountry>();
  for (const country of kb.countries) {
    const known: KnownCountry = {
      en: country.names.en,
      zhHans: country.names.zhHans,
      zhHant: country.names.zhHant,
      abbreviations: country.demonyms.filter((d) => HAN.test(d) && d.length === 1).map(simplify),
    };
    countryByIso.set(country.iso2, known);
    for (const name of [country.names.zhHans, country.names.zhHant, ...country.names.aliases, ...country.demonyms]) {
      if (HAN.test(name)) setFirst(zhCountries, simplify(name), known);
      else setFirst(enCountries, name.toLowerCase(), known);
    }
    setFirst(enCountries, country.names.en.toLowerCase(), known);
  }
  const countryName = (iso2: string | undefined): string | null => (iso2 ? (countryByIso.get(iso2)?.en ?? null) : null);

  const zhPeople = new Map<string, KnownPerson>();
  const enPeople = new Map<string, KnownPerson>();
  const surnameCount = new Map<string, KnownPerson[]>();
  for (const entry of kb.people) {
    const person: KnownPerson = {
      id: entry.id,
      en: entry.names.en,
      zhHans: entry.names.zhHans,
      zhHant: entry.names.zhHant,
      aliases: entry.names.aliases,
      country: countryName(entry.country),
      title: latestOffice(entry),
    };
    for (const name of [entry.names.zhHans, entry.names.zhHant, ...entry.names.aliases]) {
      if (HAN.test(name)) setFirst(zhPeople, simplify(name), person);
      else setFirst(enPeople, name.toLowerCase(), person);
    }
    setFirst(enPeople, entry.names.en.toLowerCase(), person);
    if (entry.pinyin) setFirst(enPeople, entry.pinyin.toLowerCase(), person);
    if (entry.surname) {
      // A one-character surname (王) would turn every 王 into Wang Yi.
      if (entry.surname.zh.length >= 2) setFirst(zhPeople, simplify(entry.surname.zh), person);
      const key = entry.surname.en.toLowerCase();
      surnameCount.set(key, [...(surnameCount.get(key) ?? []), person]);
    }
  }
  const enSurnames = new Map<string, KnownPerson>();
  for (const [surname, people] of surnameCount) if (people.length === 1 && people[0]) enSurnames.set(surname, people[0]);

  const zhPlaces = new Map<string, KnownPlace>();
  const enPlaces = new Map<string, KnownPlace>();
  const placeById = new Map<string, PlaceEntry>(kb.places.map((place) => [place.id, place]));
  const toPlace = (entry: PlaceEntry, depth = 0): KnownPlace => {
    const cityEntry = entry.city ? placeById.get(entry.city) : undefined;
    return {
      en: entry.names.en,
      zhHans: entry.names.zhHans,
      zhHant: entry.names.zhHant,
      aliases: entry.names.aliases,
      kind: entry.kind,
      country: countryName(entry.country),
      city: cityEntry && depth < 2 ? toPlace(cityEntry, depth + 1) : null,
    };
  };
  for (const entry of kb.places) {
    const place = toPlace(entry);
    for (const name of [entry.names.zhHans, entry.names.zhHant, ...entry.names.aliases]) {
      if (HAN.test(name)) setFirst(zhPlaces, simplify(name), place);
      else setFirst(enPlaces, name.toLowerCase(), place);
    }
    setFirst(enPlaces, entry.names.en.toLowerCase(), place);
  }

  // The languages' own title words, then the knowledge base's.
  const zhTitles = new Set(loadVocabulary('zh').titles.map(simplify));
  const enTitles = new Set(loadVocabulary('en').titles.map((t) => t.toLowerCase()));
  for (const title of kb.titles) {
    for (const word of title.zh) zhTitles.add(simplify(word));
    for (const word of title.en) enTitles.add(word.toLowerCase());
  }

  const topics: KnownTopic[] = kb.topics.map((entry) => {
    const names = [entry.names.en, entry.names.zhHans, entry.names.zhHant, ...entry.names.aliases, ...entry.keywords];
    return {
      en: entry.names.en,
      zhHans: entry.names.zhHans,
      zhHant: entry.names.zhHant,
      aliases: entry.names.aliases,
      cues: [...new Set(names.map((name) => (HAN.test(name) ? simplify(name) : name.toLowerCase())))],
      area: entry.scope === 'area',
    };
  });

  const jieba = Jieba.withDict(dict);
  const userWords: string[] = [];
  for (const name of zhPeople.keys()) userWords.push(`${name} 200000 nr`);
  for (const name of zhPlaces.keys()) userWords.push(`${name} 200000 ns`);
  for (const name of zhCountries.keys()) if (name.length > 1) userWords.push(`${name} 200000 ns`);
  for (const title of zhTitles) userWords.push(`${title} 100000 n`);
  // jieba's dictionary format is "word freq tag": a word with a space would break the line.
  jieba.loadDict(Buffer.from(userWords.filter((line) => line.split(' ').length === 3).join('\n')));

  return {
    simplify,
    jieba,
    zhPeople,
    enPeople,
    enSurnames,
    zhTitles,
    zhFamilyNames: new Set(loadVocabulary('zh').familyNames.map(simplify)),
    enTitles: [...enTitles].sort((a, b) => b.length - a.length),
    zhPlaces,
    enPlaces,
    zhCountries,
    enCountries,
    topics,
    englishNames: (text) => {
      const doc = nlp(text);
      return { people: doc.people().out('array') as string[], places: doc.places().out('array') as string[] };
    },
  };
}
