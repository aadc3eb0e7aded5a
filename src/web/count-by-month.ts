export interface MonthCount {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly count: number;
}

/**
 * Meetings per month from their dates, with empty months between the first and the last filled in
 * so the bars sit on a true time axis. Dates without a month (`2024`) or a year (`--02-20`) cannot
 * be placed: they are counted in `undated`.
 */
export function countByMonth(dates: Iterable<string | null>): { months: MonthCount[]; undated: number } {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const date of dates) {
    const month = date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
    if (month === null) undated += 1;
    else counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return { months: fillMonths(counts), undated };
}

/** Counts per `YYYY-MM` as a run of months from the first to the last, empty ones included. */
export function fillMonths(counts: ReadonlyMap<string, number>): MonthCount[] {
  if (counts.size === 0) return [];
  const sorted = [...counts.keys()].sort();
  const months: MonthCount[] = [];
  for (let month = sorted[0]!; month <= sorted[sorted.length - 1]!; month = nextMonth(month)) {
    months.push({ month, count: counts.get(month) ?? 0 });
  }
  return months;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
}
