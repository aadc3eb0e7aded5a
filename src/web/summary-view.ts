import type { CountBucketData, MeetingFilterInput, SummaryData } from './api-types.ts';
import { fillMonths, type MonthCount } from './count-by-month.ts';
import { el } from './create-element.ts';
import { COUNTRY_QUERY, SUMMARY_QUERY } from './explorer-queries.ts';
import type { GraphQLRequest } from './graphql-client.ts';
import type { ViewState } from './url-state.ts';

/** What a view without a person is about: a country (`?country=CN`) or a topic (`?topic=…`). */
export type SummaryTarget = { readonly type: 'country'; readonly iso2: string } | { readonly type: 'topic'; readonly topic: string };

export function summaryTarget(view: ViewState): SummaryTarget | null {
  if (view.person !== null) return null;
  if (view.country !== null) return { type: 'country', iso2: view.country };
  if (view.topic !== null) return { type: 'topic', topic: view.topic };
  return null;
}

export interface Summary {
  readonly title: string;
  /** The country's name, in a country view. */
  readonly countryName: string | null;
  readonly data: SummaryData;
  /** Meetings per month, empty months filled in, for the time histogram. */
  readonly months: MonthCount[];
}

/** A country's meetings are its people's; a country view may still narrow by topic, and a topic view by nothing else. */
function summaryFilter(view: ViewState, target: SummaryTarget): MeetingFilterInput {
  const common = { kind: view.kind, from: view.from, to: view.to };
  return target.type === 'country' ? { ...common, countries: [target.iso2], topic: view.topic } : { ...common, topic: target.topic };
}

export async function loadSummary(request: GraphQLRequest, view: ViewState, target: SummaryTarget, signal: AbortSignal): Promise<Summary | null> {
  const [data, country] = await Promise.all([
    request<SummaryData>(SUMMARY_QUERY, { filter: summaryFilter(view, target) }, signal),
    target.type === 'country'
      ? request<{ country: { iso2: string; name: string } | null }>(COUNTRY_QUERY, { iso2: target.iso2 }, signal).then((r) => r.country)
      : Promise.resolve(null),
  ]);
  if (target.type === 'country' && country === null) return null;
  return { title: country ? `${country.name} (${country.iso2})` : (target as { topic: string }).topic, countryName: country?.name ?? null, data, months: fillMonths(new Map(data.months.map((bucket) => [bucket.key, bucket.count]))) };
}

export interface SummaryHandlers {
  onPerson(id: string): void;
  onCountry(iso2: string): void;
  onTopic(name: string): void;
}

/**
 * The country or topic view: its people, its dyads with a bar per year, and its topics, each a
 * button into the matching view. Bar heights go through the CSSOM: the page's content security
 * policy forbids inline style attributes.
 */
export function renderSummary(container: HTMLElement, summary: Summary, target: SummaryTarget, handlers: SummaryHandlers): void {
  const { data } = summary;
  const years = [...new Set(data.dyadYears.map((bucket) => bucket.values[1]!.key))].sort();
  const perDyad = new Map<string, Map<string, number>>();
  for (const bucket of data.dyadYears) {
    const [dyad, year] = bucket.values;
    perDyad.set(dyad!.key, (perDyad.get(dyad!.key) ?? new Map()).set(year!.key, bucket.count));
  }
  const max = Math.max(1, ...data.dyadYears.map((bucket) => bucket.count));
  const other = (dyad: string) => (target.type === 'country' ? (dyad.split('–').find((code) => code !== target.iso2) ?? null) : null);

  const list = (buckets: readonly CountBucketData[], kind: 'person' | 'topic') =>
    buckets.length === 0
      ? el('p', { class: 'muted' }, 'None')
      : el(
          'ol',
          { class: 'summary-list' },
          buckets.map((bucket) =>
            el(
              'li',
              {},
              el('button', { type: 'button', class: 'counterpart', 'data-key': bucket.key, 'data-kind': kind }, el('span', {}, bucket.label), el('span', { class: 'counterpart-count' }, String(bucket.count))),
            ),
          ),
        );
  const dyadRows = data.dyads.map((dyad) => {
    const counts = perDyad.get(dyad.key) ?? new Map<string, number>();
    const bars = el(
      'span',
      { class: 'year-bars', role: 'img', 'aria-label': `${dyad.label} per year: ${years.map((year) => `${year} ${counts.get(year) ?? 0}`).join(', ')}` },
      years.map((year) => el('span', { class: 'year-bar', title: `${year}: ${counts.get(year) ?? 0}`, 'data-height': Math.round(((counts.get(year) ?? 0) / max) * 100) })),
    );
    const code = other(dyad.key);
    return el(
      'tr',
      {},
      el('th', { scope: 'row' }, code ? el('button', { type: 'button', class: 'link-button', 'data-country': code }, dyad.label) : dyad.label),
      el('td', { class: 'counterpart-count' }, String(dyad.count)),
      el('td', {}, bars),
    );
  });
  const dyadTable =
    dyadRows.length === 0
      ? el('p', { class: 'muted' }, 'No meetings between two countries')
      : el(
          'table',
          { class: 'dyads' },
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Dyad'), el('th', { scope: 'col' }, 'Meetings'), el('th', { scope: 'col' }, years.length ? `${years[0]}–${years.at(-1)}` : ''))),
          el('tbody', {}, dyadRows),
        );

  container.replaceChildren(
    el('h2', { id: 'summary-heading', tabindex: -1 }, summary.title),
    el('p', { class: 'muted' }, `${data.total.totalCount} ${data.total.totalCount === 1 ? 'meeting' : 'meetings'}${target.type === 'country' ? ' with someone from this country' : ' on this topic'}`),
    el('div', { class: 'summary-columns' }, [
      el('section', { 'aria-labelledby': 'summary-people' }, el('h3', { id: 'summary-people' }, 'People, most meetings first'), list(data.people, 'person')),
      el('section', { 'aria-labelledby': 'summary-dyads' }, el('h3', { id: 'summary-dyads' }, 'Countries that met, per year'), dyadTable),
      el('section', { 'aria-labelledby': 'summary-topics' }, el('h3', { id: 'summary-topics' }, 'Top topics'), list(data.topics, 'topic')),
    ]),
  );
  for (const bar of container.querySelectorAll<HTMLElement>('.year-bar')) bar.style.height = `${bar.dataset.height}%`;
  container.onclick = (event) => {
    const clicked = event.target as HTMLElement;
    const country = clicked.closest<HTMLElement>('[data-country]')?.dataset.country;
    if (country) return handlers.onCountry(country);
    const item = clicked.closest<HTMLElement>('[data-key]');
    if (!item?.dataset.key) return;
    if (item.dataset.kind === 'person') handlers.onPerson(item.dataset.key);
    else handlers.onTopic(item.querySelector('span')?.textContent ?? item.dataset.key);
  };
}
