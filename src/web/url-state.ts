import { MEETING_KINDS, type MeetingKind } from './api-types.ts';

/** What the explorer shows; the URL holds all of it, so a view can be shared as a link. */
export interface ViewState {
  /** A person's id (`person:wang-yi`) or any of their names (王毅, Wang Yi). */
  readonly person: string | null;
  /** Range bounds as the API takes them: `2024`, `2024-05` or `2024-05-16`. */
  readonly from: string | null;
  readonly to: string | null;
  /** A topic id or name. */
  readonly topic: string | null;
  readonly kind: MeetingKind | null;
  /** ISO 3166 alpha-2 code: only people of this country (and the centre) are drawn. */
  readonly country: string | null;
  readonly depth: 1 | 2;
  /** People whose own networks were added to the view, in the order they were expanded. */
  readonly expand: readonly string[];
}

export const EMPTY_VIEW: ViewState = { person: null, from: null, to: null, topic: null, kind: null, country: null, depth: 1, expand: [] };

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Reads a view from a query string; a malformed value is dropped rather than sent to the API. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const text = (key: string) => {
    const value = params.get(key)?.trim();
    return value ? value : null;
  };
  const date = (key: string) => {
    const value = text(key);
    return value !== null && DATE.test(value) ? value : null;
  };
  const kind = text('kind');
  const country = text('country');
  return {
    person: text('person'),
    from: date('from'),
    to: date('to'),
    topic: text('topic'),
    kind: kind !== null && (MEETING_KINDS as readonly string[]).includes(kind) ? (kind as MeetingKind) : null,
    country: country !== null && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null,
    depth: text('depth') === '2' ? 2 : 1,
    expand: [...new Set((text('expand') ?? '').split(',').map((id) => id.trim()).filter((id) => id.startsWith('person:')))],
  };
}

/** The query string of a view (`?person=…`), naming only what differs from the defaults. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.person) params.set('person', state.person);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.topic) params.set('topic', state.topic);
  if (state.kind) params.set('kind', state.kind);
  if (state.country) params.set('country', state.country);
  if (state.depth !== 1) params.set('depth', String(state.depth));
  if (state.expand.length > 0) params.set('expand', state.expand.join(','));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when a date string is one the API's range filters accept. */
export function isRangeDate(value: string): boolean {
  return DATE.test(value);
}
