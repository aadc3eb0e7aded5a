import type { PersonEntry } from '../kb/index.ts';
import { createFuzzyIndex, type FuzzyIndex } from './fuzzy-index.ts';
import { buildMultiMap, type MultiMap } from './multi-map.ts';
import { foldName, keyOfFolded } from './normalize-name.ts';

/** The lookups person resolution needs, built once per knowledge base. */
export interface PersonIndex {
  readonly byId: ReadonlyMap<string, PersonEntry>;
  /** Name key of every listed name and alias → people. */
  readonly byAlias: MultiMap<PersonEntry>;
  /** Toneless pinyin key → people with a Chinese name (from `pinyin` and their English name). */
  readonly byPinyin: MultiMap<PersonEntry>;
  /** Surname key, in English and Chinese → people. */
  readonly bySurname: MultiMap<PersonEntry>;
  /** Surname keys of one person, to tell a surname-only mention from a full name. */
  readonly surnameKeys: ReadonlyMap<PersonEntry, ReadonlySet<string>>;
  /** A person's listed names and the keys a mention's form must avoid to be worth storing (listed names, surnames). */
  readonly listed: ReadonlyMap<PersonEntry, { readonly names: readonly string[]; readonly skipKeys: ReadonlySet<string> }>;
  readonly fuzzy: FuzzyIndex<PersonEntry>;
}

function listedNames(person: PersonEntry): string[] {
  const { en, zhHans, zhHant, aliases } = person.names;
  return [...new Set([en, zhHans, zhHant, ...aliases])];
}

/**
 * The surname in each script: the KB's, or else the last word of the English name (first for
 * people with pinyin, who are written surname first) and the part after the last dot of a
 * transliterated Chinese name ("谢尔盖·拉夫罗夫" → 拉夫罗夫).
 */
function surnamesOf(person: PersonEntry): string[] {
  if (person.surname !== undefined) return [person.surname.en, person.surname.zh];
  const enWords = foldName(person.names.en).split(' ');
  const en = person.pinyin === undefined ? enWords.at(-1) : enWords[0];
  const zhWords = foldName(person.names.zhHans).split(' ');
  return [en ?? '', zhWords.length > 1 ? (zhWords.at(-1) ?? '') : ''];
}

export function createPersonIndex(people: readonly PersonEntry[]): PersonIndex {
  const surnameKeys = new Map(people.map((person) => [person, new Set(surnamesOf(person).map((s) => keyOfFolded(foldName(s))).filter((k) => k !== ''))]));
  return {
    byId: new Map(people.map((person) => [person.id, person])),
    byAlias: buildMultiMap(people.flatMap((person) => listedNames(person).map((name) => [keyOfFolded(foldName(name)), person] as const))),
    byPinyin: buildMultiMap(
      people.flatMap((person) =>
        person.pinyin === undefined ? [] : [person.pinyin, person.names.en].map((name) => [keyOfFolded(foldName(name)), person] as const),
      ),
    ),
    bySurname: buildMultiMap(people.flatMap((person) => [...(surnameKeys.get(person) ?? [])].map((key) => [key, person] as const))),
    surnameKeys,
    listed: new Map(
      people.map((person) => {
        const names = listedNames(person);
        const skipKeys = new Set([...names.map((name) => keyOfFolded(foldName(name))), ...(surnameKeys.get(person) ?? [])]);
        return [person, { names, skipKeys }];
      }),
    ),
    fuzzy: createFuzzyIndex(
      people.flatMap((person) => listedNames(person).map((name) => ({ folded: foldName(name), value: person, strict: person.pinyin !== undefined }))),
    ),
  };
}
