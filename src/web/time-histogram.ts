import type { MonthCount } from './count-by-month.ts';
import { el, present } from './create-element.ts';

export interface HistogramRange {
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * Meetings per month as a row of bars, each a button: choosing one narrows the range to that
 * month, shift-choosing stretches the range to it. Bars inside the current range stand out.
 */
export function renderTimeHistogram(container: HTMLElement, months: readonly MonthCount[], undated: number, range: HistogramRange, onPick: (month: string, extend: boolean) => void): void {
  const max = Math.max(1, ...months.map((month) => month.count));
  const inRange = (month: string) => (range.from === null || month >= range.from.slice(0, 7)) && (range.to === null || month <= range.to.slice(0, 7));
  const bars = el(
    'div',
    { class: 'histogram-bars', role: 'group', 'aria-label': 'Meetings per month; choose a month to filter to it, shift to extend the range' },
    months.map((month) =>
      el(
        'button',
        {
          type: 'button',
          class: `bar${inRange(month.month) ? ' bar--in' : ''}`,
          'data-month': month.month,
          title: `${month.month}: ${month.count}`,
          'aria-label': `${month.month}: ${month.count} ${month.count === 1 ? 'meeting' : 'meetings'}`,
          'aria-pressed': String(range.from !== null && inRange(month.month)),
        },
        el('span', { class: 'bar-fill', 'data-height': Math.round((month.count / max) * 100) }),
      ),
    ),
  );
  // Heights through the CSSOM: the page's content security policy forbids inline style attributes.
  for (const fill of bars.querySelectorAll<HTMLElement>('.bar-fill')) fill.style.height = `${fill.dataset.height}%`;
  bars.addEventListener('click', (event) => {
    const bar = (event.target as HTMLElement).closest<HTMLElement>('[data-month]');
    if (bar?.dataset.month) onPick(bar.dataset.month, event.shiftKey);
  });
  const first = months[0]?.month;
  const last = months[months.length - 1]?.month;
  container.replaceChildren(
    ...present(
      months.length === 0 ? el('p', { class: 'muted' }, 'No dated meetings') : bars,
      months.length > 0 ? el('div', { class: 'histogram-axis' }, el('span', {}, first ?? ''), el('span', {}, last ?? '')) : null,
      undated > 0 ? el('p', { class: 'muted' }, `${undated} without a month`) : null,
    ),
  );
}
