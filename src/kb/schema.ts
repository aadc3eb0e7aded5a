import { z } from 'zod';

/** ISO 3166-1 alpha-2, upper case ("CN", "RU"). */
export const Iso2 = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "CN"');

/** A calendar date or a coarser one: "2023-07-25", "2023-07" or "2023". */
export const KbDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** An entity id: kind prefix, colon, lower-case ASCII slug ("person:wang-yi", "place:johannesburg"). */
const id = (kind: string) => z.string().regex(new RegExp(`^${kind}:[a-z0-9]+(-[a-z0-9]+)*$`), `must look like "${kind}:some-slug"`);

/**
 * Names in the three scripts Parley reads. `aliases` holds every other surface form news uses:
 * English variants (Sergey, Zelenskyy), Taiwan and Hong Kong transliterations (普丁, 川普),
 * short forms and acronyms. Surnames alone are not aliases: the resolver handles those in context.
 */
export const Names = z.object({
  en: z.string().min(1),
  zhHans: z.string().min(1),
  zhHant: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

/** An office a person held; `to: null` means still in office when the data was written. */
export const Office = z.object({
  /** The role, used to match titles in text ("外长" and "Foreign Secretary" are both foreign_minister). */
  role: z.string().regex(/^[a-z_]+$/),
  /** The title as the office names itself in English, e.g. "Secretary of State". */
  title: z.string().min(1),
  country: Iso2.optional(),
  org: id('org').optional(),
  from: KbDate,
  to: KbDate.nullable(),
});

export const PersonEntry = z.object({
  id: id('person'),
  names: Names,
  /** Toneless pinyin of a Chinese name, given name joined ("Wang Yi", "Xi Jinping"). */
  pinyin: z.string().optional(),
  /** Family name in each script, for "Lavrov"/"拉夫罗夫" after the full name in the same article. */
  surname: z.object({ en: z.string().min(1), zh: z.string().min(1) }).optional(),
  country: Iso2,
  offices: z.array(Office).min(1),
});

export const PlaceEntry = z.object({
  id: id('place'),
  /** A city, or a venue (White House, Diaoyutai) that stands in a city. */
  kind: z.enum(['city', 'venue']),
  names: Names,
  country: Iso2,
  /** For venues: the city it stands in. */
  city: id('place').optional(),
});

export const OrganizationEntry = z.object({
  id: id('org'),
  names: Names,
  /** Set for national bodies (a foreign ministry); absent for international ones. */
  country: Iso2.optional(),
});

export const TopicEntry = z.object({
  id: id('topic'),
  names: Names,
  /** Words that, seen in a meeting's sentences, suggest the topic (not names of it). */
  keywords: z.array(z.string().min(1)).default([]),
  /**
   * `issue`: a situation or question (乌克兰危机, Taiwan question), discussed wherever a report
   * names it. `area`: a field or way of cooperating (务实合作, trade, high-level exchanges) that
   * every readout's speeches list: discussed only where the meeting sentence or a
   * "discussed …" clause names it.
   */
  scope: z.enum(['issue', 'area']).default('issue'),
});

/** Title words news uses, mapped to roles ("外长" → foreign_minister). */
export const TitleEntry = z.object({
  role: z.string().regex(/^[a-z_]+$/),
  en: z.array(z.string().min(1)).min(1),
  zh: z.array(z.string().min(1)).min(1),
});

/** News forms of a country beyond its CLDR names: 俄方, 美方, Russian, U.S., 南韓. */
export const CountryOverlayEntry = z.object({
  iso2: Iso2,
  aliases: z.array(z.string().min(1)).default([]),
  /** Adjective forms ("Russian", "俄", "俄罗斯") used in title chains. */
  demonyms: z.array(z.string().min(1)).default([]),
});

/** Every data file is `{ sources, entries }`: the public sources it was written from, then the facts. */
export const dataFile = <T extends z.ZodType>(entry: T) =>
  z.object({ sources: z.array(z.string().min(1)).min(1), entries: z.array(entry) });

export type Names = z.infer<typeof Names>;
export type Office = z.infer<typeof Office>;
export type PersonEntry = z.infer<typeof PersonEntry>;
export type PlaceEntry = z.infer<typeof PlaceEntry>;
export type OrganizationEntry = z.infer<typeof OrganizationEntry>;
export type TopicEntry = z.infer<typeof TopicEntry>;
export type TitleEntry = z.infer<typeof TitleEntry>;
export type CountryOverlayEntry = z.infer<typeof CountryOverlayEntry>;
