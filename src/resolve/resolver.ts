import type { Lang } from '../extract/index.ts';

/** Why a mention was linked as it was; tests and the explorer show it. */
export type PersonLinkReason = 'exact_alias' | 'pinyin' | 'title_context' | 'office_at_date' | 'surname_in_article' | 'fuzzy' | 'new';

/** A person as an article names them: the extractor's participant shape. */
export interface PersonMention {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly title: string | null;
  readonly country: string | null;
}

/** What else the article says that helps to tell people apart. */
export interface PersonContext {
  /** The meeting's date, or the article's; any precision MeetingDate allows. */
  readonly date: string | null;
  /** The other participants of the same article (the mention itself may be among them). */
  readonly articlePeople: readonly PersonMention[];
  readonly lang: Lang;
}

/**
 * The outcome of linking one person mention. `names` are all the forms to store as aliases: the
 * KB's names and the mention's own names with title chains removed, never a bare surname.
 * A 'new' person found through a full name elsewhere in the article carries that name's key and
 * the reason 'surname_in_article', so "Rubio" and "Marco Rubio" still make one node.
 * 'unnamed' is a title with no name ("the US Secretary of State"): no person may be created from it.
 */
export type PersonLink =
  | {
      readonly kind: 'known';
      readonly id: string;
      readonly name: string;
      readonly names: readonly string[];
      readonly reason: Exclude<PersonLinkReason, 'new'>;
      readonly confidence: number;
    }
  | {
      readonly kind: 'new';
      readonly key: string;
      readonly name: string;
      readonly names: readonly string[];
      readonly reason: 'new' | 'surname_in_article';
      readonly confidence: number;
    }
  | {
      readonly kind: 'unnamed';
      readonly name: string;
      readonly roles: readonly string[];
      readonly countries: readonly string[];
      readonly reason: 'new';
      readonly confidence: 0;
    };

/** A place as the extractor reports it. */
export interface PlaceMention {
  readonly city: string | null;
  readonly country: string | null;
  readonly venue: string | null;
  readonly aliases: readonly string[];
}

/**
 * A meeting place. A known venue carries its city; an unknown one found in a known city keeps
 * that city's id in `cityId`. `country` is a place given only as a country.
 */
export type PlaceLink =
  | { readonly kind: 'known'; readonly id: string; readonly placeKind: 'city' | 'venue'; readonly cityId: string | null; readonly iso2: string; readonly name: string; readonly names: readonly string[] }
  | { readonly kind: 'country'; readonly id: string; readonly iso2: string; readonly name: string }
  | {
      readonly kind: 'new';
      readonly key: string;
      readonly placeKind: 'city' | 'venue';
      readonly cityId: string | null;
      readonly iso2: string | null;
      readonly name: string;
      readonly names: readonly string[];
    };

/** A topic as the extractor reports it. */
export interface TopicMention {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Three-script names of a generated entity (bilateral relations). */
export interface ScriptNames {
  readonly en: string;
  readonly zhHans: string;
  readonly zhHant: string;
}

/**
 * A topic: one of the KB, the relations between two countries (an id generated from the sorted
 * iso2 codes, so "中俄关系" and "Sino-Russian relations" meet), or a new one.
 */
export type TopicLink =
  | { readonly kind: 'known'; readonly id: string; readonly name: string; readonly names: readonly string[] }
  | { readonly kind: 'relations'; readonly id: string; readonly countries: readonly [string, string]; readonly name: string; readonly names: ScriptNames }
  | { readonly kind: 'new'; readonly key: string; readonly name: string; readonly names: readonly string[] };

/** An organization: one of the KB or a new one keyed by name. */
export type OrganizationLink =
  | { readonly kind: 'known'; readonly id: string; readonly iso2: string | null; readonly name: string; readonly names: readonly string[] }
  | { readonly kind: 'new'; readonly key: string; readonly name: string; readonly names: readonly string[] };

/** Entity linking against one knowledge base; every method is pure and safe to share. */
export interface Resolver {
  resolvePerson(mention: PersonMention, context: PersonContext): PersonLink;
  resolvePlace(place: PlaceMention): PlaceLink;
  /** ISO 3166-1 alpha-2 of a country name, alias or demonym in any script; null when unknown or ambiguous. */
  resolveCountry(text: string): string | null;
  /** `countries` lets "bilateral relations"/"双边关系" become the relations of a meeting's two countries. */
  resolveTopic(topic: TopicMention, context?: { readonly countries: readonly string[] }): TopicLink;
  resolveOrganization(text: string): OrganizationLink;
}
