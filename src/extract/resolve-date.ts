import type { DateExpression } from './find-dates.ts';

/** The day a report speaks from: the dateline's day in the published year, or the published day. */
export interface ReportDate {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function fromUtc(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function isReal(year: number, month: number, day: number): boolean {
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether month/day comes later in the year than the report's, beyond a day of time-zone slack. */
function after(month: number, day: number, ref: ReportDate): boolean {
  if (ref.month === null) return false;
  return month > ref.month || (month === ref.month && day > (ref.day ?? 31) + 1);
}

/**
 * An ISO date for an expression: a year where the text or the report date fixes one (a day
 * later than the report belongs to the previous month or year: news reports the past), else
 * "--MM-DD", else null. Relative days and weekdays need a full report date; a day counted from
 * the date given last (同日, "the next day") takes that date, `last`.
 */
export function resolveDate(expression: DateExpression, ref: ReportDate, last: string | null = null): string | null {
  const { year, month, day, offset, weekday, fromLast } = expression;
  const full = ref.year !== null && ref.month !== null && ref.day !== null ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day)) : null;
  // 同日, "the next day": counted from the date the text gave last, else from the report's.
  if (fromLast !== undefined) {
    const base = last && /^\d{4}-/.test(last) ? new Date(`${last}T00:00:00Z`) : full;
    return base ? fromUtc(new Date(base.getTime() + fromLast * 86_400_000)) : null;
  }
  if (offset !== null) return full ? fromUtc(new Date(full.getTime() + offset * 86_400_000)) : null;
  if (weekday !== null) {
    if (!full) return null;
    const back = (full.getUTCDay() - weekday + 7) % 7;
    return fromUtc(new Date(full.getTime() - back * 86_400_000));
  }
  if (day === null) return null;
  let m = month;
  let y = year;
  if (m === null) {
    if (ref.month === null) return null;
    m = ref.month;
    if (ref.day !== null && day > ref.day + 1) {
      m -= 1;
      if (m === 0) {
        m = 12;
        if (y === null && ref.year !== null) y = ref.year - 1;
      }
    }
  } else if (y === null && ref.year !== null && after(m, day, ref)) {
    y = ref.year - 1;
  }
  y ??= ref.year;
  if (y === null) return isReal(2000, m, day) ? `--${pad(m)}-${pad(day)}` : null;
  return isReal(y, m, day) ? `${y}-${pad(m)}-${pad(day)}` : null;
}

/**
 * A day without a year ("--06-17") that its sentence also gives a weekday ("周一", "Monday"):
 * the latest year, not after `today`, in which that day fell on that weekday. It is how a reader
 * dates a yearless news page, and a day repeats its weekday only every 5 to 11 years, so for
 * recent news it is the year. Every day meets every weekday within 28 years (29 February
 * within 40), so null is only for a day that does not exist.
 */
export function yearFromWeekday(monthDay: string, weekday: number, today: Date): string | null {
  const [month, day] = monthDay.slice(2).split('-').map(Number);
  if (!month || !day) return null;
  for (let year = today.getUTCFullYear(); year > today.getUTCFullYear() - 40; year--) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date > today) continue;
    if (date.getUTCDay() === weekday) return fromUtc(date);
  }
  return null;
}
