import type { PersonEntry } from '../kb/index.ts';
import { overlapDays, tenureRange, type DayRange } from './date-range.ts';

/** What a mention says about who it is, beyond the name. */
export interface MentionContext {
  readonly roles: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
  readonly range: DayRange | null;
}

/** True when a person fits the mention's title and country (ever, not necessarily at the date). */
export function fitsContext(person: PersonEntry, context: MentionContext): boolean {
  const { roles, countries } = context;
  const countryFits = countries.size === 0 || countries.has(person.country) || person.offices.some((o) => o.country !== undefined && countries.has(o.country));
  return countryFits && (roles.size === 0 || person.offices.some((o) => roles.has(o.role)));
}

/** Days of the mention's date during which the person held an office matching its title and country. */
export function daysInOffice(person: PersonEntry, context: MentionContext): number {
  if (context.range === null) return 0;
  const { roles, countries, range } = context;
  let best = 0;
  for (const office of person.offices) {
    if (roles.size > 0 && !roles.has(office.role)) continue;
    if (countries.size > 0 && !countries.has(office.country ?? person.country)) continue;
    best = Math.max(best, overlapDays(range, tenureRange(office.from, office.to)));
  }
  return best;
}

/**
 * Picks one of several people a name could mean. Title and country first ("俄罗斯外长" keeps the
 * Russian); then the office held at the date, preferring whoever held it for more of a coarse date
 * ("2023-07": Qin Gang 25 days, Wang Yi 7). Null when neither singles one out: a guess here
 * would merge two people.
 */
export function narrowCandidates(
  candidates: readonly PersonEntry[],
  context: MentionContext,
): { person: PersonEntry; reason: 'title_context' | 'office_at_date' } | null {
  let pool = candidates;
  if (context.roles.size > 0 || context.countries.size > 0) {
    const fitting = pool.filter((person) => fitsContext(person, context));
    if (fitting.length === 1 && fitting[0] !== undefined) return { person: fitting[0], reason: 'title_context' };
    if (fitting.length > 1) pool = fitting;
  }
  if (context.range === null) return null;
  const scored = pool.map((person) => ({ person, days: daysInOffice(person, context) })).sort((a, b) => b.days - a.days);
  const [first, second] = scored;
  if (first === undefined || first.days === 0 || (second !== undefined && second.days === first.days)) return null;
  return { person: first.person, reason: 'office_at_date' };
}
