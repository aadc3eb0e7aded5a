import type { MeetingKind } from '../extract/index.ts';
import { dateRange } from './date-range.ts';
import type { PlaceLink } from './resolver.ts';

/** What two meeting records are compared on: resolved participants, date, place and kind. */
export interface MeetingFacts {
  /** Person ids (or new-person keys) after resolution; order does not matter. */
  readonly participants: readonly string[];
  /** As precise as the source: "2023-07-25", "2023-07", "2023", "--07-25", or null. */
  readonly date: string | null;
  readonly place: PlaceLink | null;
  readonly kind: MeetingKind;
}

/** Why two records are, or are not, one meeting. */
export type SameMeetingReason =
  | 'same_day'
  | 'one_day_apart'
  | 'within_period'
  | 'undated'
  | 'different_participants'
  | 'different_kinds'
  | 'different_days'
  | 'different_places';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

/** A call is never the talks held in person, whatever else matches. */
function compatibleKinds(a: MeetingKind, b: MeetingKind): boolean {
  return (a === 'phone_call') === (b === 'phone_call');
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** "--07-25" against a date with a year: compare month and day in one leap year. */
function monthDay(date: string): string | null {
  if (date.startsWith('--')) return `2000${date.slice(1)}`;
  return DAY_PATTERN.test(date) ? `2000${date.slice(4)}` : null;
}

function compareDates(a: string | null, b: string | null): SameMeetingReason {
  if (a === null || b === null) return 'undated';
  if (a.startsWith('--') || b.startsWith('--')) {
    const [left, right] = [monthDay(a), monthDay(b)];
    if (left === null || right === null) {
      // A yearless day against a month or year: only the month can be checked.
      const coarse = left === null ? a : b;
      const day = left === null ? b : a;
      const month = coarse.split('-')[1];
      return month === undefined || month === day.slice(2, 4) ? 'within_period' : 'different_days';
    }
    return dayGap(left, right);
  }
  if (DAY_PATTERN.test(a) && DAY_PATTERN.test(b)) return dayGap(a, b);
  const [left, right] = [dateRange(a), dateRange(b)];
  if (left === null || right === null) return 'undated';
  // One record has only a month or a year: same meeting if the other's day can fall in it,
  // with a day of slack for time zones at the edges.
  return left.start <= right.end + 1 && right.start <= left.end + 1 ? 'within_period' : 'different_days';
}

function dayGap(a: string, b: string): SameMeetingReason {
  const gap = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  // Beijing and Washington report one evening meeting on two calendar days.
  if (gap === 0) return 'same_day';
  return gap === 1 ? 'one_day_apart' : 'different_days';
}

function placeId(place: PlaceLink): string {
  return place.kind === 'new' ? `new:${place.key}` : place.id;
}

/**
 * Places that may be the same: one unknown; the same place; a venue and the city it stands in; a
 * country and anything in it. A new place (not in the KB) matches anything in its country, since
 * it may be a known place written in a form the KB does not list. Two different known cities or
 * venues never match.
 */
function compatiblePlaces(a: PlaceLink | null, b: PlaceLink | null): boolean {
  if (a === null || b === null) return true;
  if (placeId(a) === placeId(b)) return true;
  if (a.iso2 !== null && b.iso2 !== null && a.iso2 !== b.iso2) return false;
  if (a.kind === 'country' || b.kind === 'country' || a.kind === 'new' || b.kind === 'new') return true;
  return a.cityId === b.id || b.cityId === a.id;
}

/**
 * Whether two meeting records describe one real meeting: the same participants, the same day
 * (or one day apart, or one undated, or a coarse date containing the other), a compatible place
 * and compatible kinds. The same people meeting on two different days are two meetings.
 */
export function sameMeeting(a: MeetingFacts, b: MeetingFacts): { readonly same: boolean; readonly reason: SameMeetingReason } {
  if (!sameSet(a.participants, b.participants)) return { same: false, reason: 'different_participants' };
  if (!compatibleKinds(a.kind, b.kind)) return { same: false, reason: 'different_kinds' };
  const dates = compareDates(a.date, b.date);
  if (dates === 'different_days') return { same: false, reason: dates };
  if (!compatiblePlaces(a.place, b.place)) return { same: false, reason: 'different_places' };
  return { same: true, reason: dates };
}
