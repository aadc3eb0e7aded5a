import type { Jieba } from '@node-rs/jieba';
import type { Simplifier } from '../ingest/index.ts';

/** A known person, with names in every script the extractor outputs. */
export interface KnownPerson {
  readonly id: string;
  readonly en: string;
  readonly zhHans: string;
  readonly zhHant: string;
  readonly aliases: readonly string[];
  /** English country name. */
  readonly country: string | null;
  /** The latest office's title, in English. */
  readonly title: string | null;
}

/** A known city or venue. */
export interface KnownPlace {
  readonly en: string;
  readonly zhHans: string;
  readonly zhHant: string;
  readonly aliases: readonly string[];
  readonly kind: 'city' | 'venue';
  /** English country name. */
  readonly country: string | null;
  /** For venues: the city it stands in. */
  readonly city: KnownPlace | null;
}

/** A country by its names and news forms. */
export interface KnownCountry {
  readonly en: string;
  readonly zhHans: string;
  readonly zhHant: string;
  /** One-character forms used in pairs (中俄, 中美), simplified. */
  readonly abbreviations: readonly string[];
}

/** A known topic: names in three scripts, other names, and words suggesting it. */
export interface KnownTopic {
  readonly en: string;
  readonly zhHans: string;
  readonly zhHant: string;
  readonly aliases: readonly string[];
  /** Names and keywords, simplified and lower-cased, that signal the topic. */
  readonly cues: readonly string[];
  /** A field of cooperation, not an issue: counts only where the meeting's own words name it. */
  readonly area: boolean;
}

/**
 * Everything the extractor looks names up in, built once per process from the knowledge base.
 * Chinese keys are simplified; English keys are lower-cased.
 */
export interface Lexicon {
  readonly simplify: Simplifier;
  /** Segmenter with the knowledge base's names as a user dictionary. */
  readonly jieba: Jieba;
  readonly zhPeople: ReadonlyMap<string, KnownPerson>;
  readonly enPeople: ReadonlyMap<string, KnownPerson>;
  /** Family names alone ("Lavrov"), which refer to a person only when unambiguous. */
  readonly enSurnames: ReadonlyMap<string, KnownPerson>;
  readonly zhTitles: ReadonlySet<string>;
  /** Family names (simplified) that open an unknown Chinese or Japanese name after a title. */
  readonly zhFamilyNames: ReadonlySet<string>;
  /** English titles, longest first, lower-cased. */
  readonly enTitles: readonly string[];
  readonly zhPlaces: ReadonlyMap<string, KnownPlace>;
  readonly enPlaces: ReadonlyMap<string, KnownPlace>;
  /** Country names, aliases and demonyms. */
  readonly zhCountries: ReadonlyMap<string, KnownCountry>;
  readonly enCountries: ReadonlyMap<string, KnownCountry>;
  readonly topics: readonly KnownTopic[];
  /** People and places compromise finds in an English text (names the knowledge base may lack), from one parse. */
  readonly englishNames: (text: string) => { readonly people: string[]; readonly places: string[] };
}
