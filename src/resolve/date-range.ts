/** An inclusive range of days since 1970-01-01 (UTC); `end` is Infinity for an open office. */
export interface DayRange {
  readonly start: number;
  readonly end: number;
}

const DAY_MS = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/**
 * The days a date of any precision covers: "2023-07-25" one day, "2023-07" the month, "2023"
 * the year. Null for no date and for "--07-25" (no year), which cannot be placed against an office.
 */
export function dateRange(date: string | null): DayRange | null {
  if (date === null || date.startsWith('--')) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return null;
  if (m === undefined) return { start: dayNumber(y, 1, 1), end: dayNumber(y, 12, 31) };
  if (d === undefined) return { start: dayNumber(y, m, 1), end: dayNumber(y, m + 1, 0) };
  const day = dayNumber(y, m, d);
  return { start: day, end: day };
}

/** An office's tenure; `to: null` (still in office) is open-ended. */
export function tenureRange(from: string, to: string | null): DayRange {
  const start = dateRange(from);
  const end = to === null ? null : dateRange(to);
  return { start: start?.start ?? -Infinity, end: end?.end ?? Infinity };
}

/** How many days two ranges share; 0 when disjoint. */
export function overlapDays(a: DayRange, b: DayRange): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1);
}
