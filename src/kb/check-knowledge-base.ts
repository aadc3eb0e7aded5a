import * as OpenCC from 'opencc-js';
import type { KnowledgeBase } from './load-knowledge-base.ts';
import type { Names, Office, PersonEntry } from './schema.ts';

/** The sizes the product promises: enough to link what foreign-affairs news reports. */
export const MINIMUM_COUNTS = { people: 600, places: 350, organizations: 120, topics: 100 } as const;

export interface KnowledgeBaseReport {
  readonly counts: Record<'people' | 'places' | 'organizations' | 'topics' | 'titles' | 'countries', number>;
  /** Each problem as one line naming the entities involved; empty when the data is sound. */
  readonly problems: string[];
  /** Name collisions allowed because a rule tells the entities apart. */
  readonly allowed: string[];
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** The comparison form of a name: NFKC, simplified, lower case, no spaces, dots or hyphens. */
function key(name: string): string {
  return toSimplified(name.normalize('NFKC')).toLowerCase().replace(/[\s·•‧・.\-‐–—']/g, '');
}

const allNames = (names: Names): string[] => [...new Set([names.en, names.zhHans, names.zhHant, ...names.aliases].map(key))].filter((k) => k !== '');

/** A date as a comparable range: "2023" is all of 2023. */
function span(from: string, to: string | null): [string, string] {
  const end = to === null ? '9999-12-31' : to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to;
  const start = from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from;
  return [start, end];
}

const inTime = (x: Office, y: Office): boolean => {
  const [xs, xe] = span(x.from, x.to);
  const [ys, ye] = span(y.from, y.to);
  // A handover day is not an overlap: one leaves the office the day the other takes it.
  return xs < ye && ys < xe;
};

/**
 * How the resolver tells two people of one name apart, or null when it cannot: by the office
 * held at the article's date, and by the title and country (or organization) next to the name.
 */
function tellApart(a: PersonEntry, b: PersonEntry): string | null {
  if (!a.offices.some((x) => b.offices.some((y) => inTime(x, y)))) return 'offices never overlap in time';
  const seat = (o: Office) => `${o.role}:${o.title}@${o.country ?? o.org ?? a.country}`;
  const same = a.offices.some((x) => b.offices.some((y) => inTime(x, y) && seat(x) === seat(y)));
  return same ? null : 'different office or country at the same time';
}

/**
 * Checks the knowledge base: unique ids, names that point at two entities, office dates,
 * references between entries, title roles, and the minimum sizes. Two people may share a name
 * when their offices never overlap in time (the office held at the article's date tells them
 * apart); places, organizations and topics may not.
 */
export function checkKnowledgeBase(kb: KnowledgeBase, today: string = new Date().toISOString().slice(0, 10)): KnowledgeBaseReport {
  const problems: string[] = [];
  const allowed: string[] = [];

  const ids = new Map<string, number>();
  for (const id of [...kb.people, ...kb.places, ...kb.organizations, ...kb.topics].map((e) => e.id)) ids.set(id, (ids.get(id) ?? 0) + 1);
  for (const [id, n] of ids) if (n > 1) problems.push(`${id}: id used ${n} times`);

  const collisions = <T extends { id: string; names: Names }>(kind: string, entries: readonly T[], allow?: (a: T, b: T) => string | null) => {
    const owner = new Map<string, T>();
    for (const entry of entries) {
      for (const name of allNames(entry.names)) {
        const other = owner.get(name);
        if (!other || other.id === entry.id) {
          owner.set(name, entry);
          continue;
        }
        const rule = allow?.(other, entry) ?? null;
        if (rule) allowed.push(`${kind} "${name}": ${other.id} and ${entry.id} (${rule})`);
        else problems.push(`${kind} "${name}" names both ${other.id} and ${entry.id}`);
      }
    }
  };
  collisions<PersonEntry>('person name', kb.people, tellApart);
  collisions('place name', kb.places);
  collisions('organization name', kb.organizations);
  collisions('topic name', kb.topics);

  const orgs = new Set(kb.organizations.map((o) => o.id));
  const cities = new Set(kb.places.filter((p) => p.kind === 'city').map((p) => p.id));
  const roles = new Set(kb.titles.map((t) => t.role));
  for (const person of kb.people) {
    for (const office of person.offices) {
      const [from, to] = span(office.from, office.to);
      if (from > to) problems.push(`${person.id}: office "${office.title}" ends (${office.to}) before it starts (${office.from})`);
      if (from > today) problems.push(`${person.id}: office "${office.title}" starts in the future (${office.from})`);
      if (office.org && !orgs.has(office.org)) problems.push(`${person.id}: office "${office.title}" names unknown organization ${office.org}`);
      if (!roles.has(office.role)) problems.push(`${person.id}: role ${office.role} has no titles in titles.json`);
    }
  }
  for (const place of kb.places) {
    if (place.kind === 'venue' && (!place.city || !cities.has(place.city))) problems.push(`${place.id}: venue's city ${place.city ?? '(none)'} is not a city in the data`);
  }

  const counts = {
    people: kb.people.length,
    places: kb.places.length,
    organizations: kb.organizations.length,
    topics: kb.topics.length,
    titles: kb.titles.length,
    countries: kb.countries.length,
  };
  for (const [kind, minimum] of Object.entries(MINIMUM_COUNTS)) {
    const count = counts[kind as keyof typeof MINIMUM_COUNTS];
    if (count < minimum) problems.push(`${kind}: ${count}, fewer than ${minimum}`);
  }
  return { counts, problems, allowed };
}
