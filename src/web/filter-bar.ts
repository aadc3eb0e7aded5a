import { MEETING_KINDS, type MeetingKind, type TopicData } from './api-types.ts';
import { el } from './create-element.ts';
import { TOPICS_QUERY } from './explorer-queries.ts';
import type { GraphQLRequest } from './graphql-client.ts';
import { isRangeDate, type ViewState } from './url-state.ts';

export interface FilterBarElements {
  readonly form: HTMLFormElement;
  readonly from: HTMLInputElement;
  readonly to: HTMLInputElement;
  readonly topic: HTMLInputElement;
  readonly topicOptions: HTMLDataListElement;
  readonly kind: HTMLSelectElement;
  readonly country: HTMLSelectElement;
  readonly depth: HTMLSelectElement;
  readonly clearDates: HTMLButtonElement;
}

export type FilterChange = Partial<Pick<ViewState, 'from' | 'to' | 'topic' | 'kind' | 'country' | 'depth'>>;

export interface FilterBar {
  /** Shows a view's filters, and the countries of the people in it as country choices. */
  show(state: ViewState, countries: readonly { readonly iso2: string; readonly name: string }[]): void;
}

/**
 * The filters: time range, topic (suggested from `topics(search:)`), kind, country and depth.
 * Each change is reported at once; a range bound the API would refuse is marked invalid instead.
 */
export function createFilterBar(elements: FilterBarElements, request: GraphQLRequest, onChange: (change: FilterChange) => void): FilterBar {
  elements.kind.replaceChildren(el('option', { value: '' }, 'any kind'), ...MEETING_KINDS.map((kind) => el('option', { value: kind }, kind.replace('_', ' '))));
  const dateValue = (input: HTMLInputElement): string | null | undefined => {
    const value = input.value.trim();
    const valid = value === '' || isRangeDate(value);
    input.setAttribute('aria-invalid', String(!valid));
    return valid ? value || null : undefined;
  };
  for (const [input, key] of [
    [elements.from, 'from'],
    [elements.to, 'to'],
  ] as const) {
    input.addEventListener('change', () => {
      const value = dateValue(input);
      if (value !== undefined) onChange({ [key]: value });
    });
  }
  elements.clearDates.addEventListener('click', () => onChange({ from: null, to: null }));
  elements.topic.addEventListener('change', () => onChange({ topic: elements.topic.value.trim() || null }));
  let topicTimer: ReturnType<typeof setTimeout> | undefined;
  elements.topic.addEventListener('input', () => {
    clearTimeout(topicTimer);
    const text = elements.topic.value.trim();
    if (text === '') return;
    topicTimer = setTimeout(async () => {
      try {
        const data = await request<{ topics: TopicData[] }>(TOPICS_QUERY, { search: text });
        elements.topicOptions.replaceChildren(...data.topics.map((topic) => el('option', { value: topic.name })));
      } catch {
        // Suggestions are a convenience: typing a topic still filters without them.
      }
    }, 200);
  });
  elements.kind.addEventListener('change', () => onChange({ kind: (elements.kind.value || null) as MeetingKind | null }));
  elements.country.addEventListener('change', () => onChange({ country: elements.country.value || null }));
  elements.depth.addEventListener('change', () => onChange({ depth: elements.depth.value === '2' ? 2 : 1 }));
  elements.form.addEventListener('submit', (event) => event.preventDefault());

  return {
    show(state, countries) {
      elements.from.value = state.from ?? '';
      elements.to.value = state.to ?? '';
      elements.from.setAttribute('aria-invalid', 'false');
      elements.to.setAttribute('aria-invalid', 'false');
      elements.topic.value = state.topic ?? '';
      elements.kind.value = state.kind ?? '';
      elements.depth.value = String(state.depth);
      const choices = [...countries];
      if (state.country !== null && !choices.some((country) => country.iso2 === state.country)) choices.push({ iso2: state.country, name: state.country });
      elements.country.replaceChildren(el('option', { value: '' }, 'any country'), ...choices.map((country) => el('option', { value: country.iso2 }, `${country.name} (${country.iso2})`)));
      elements.country.value = state.country ?? '';
    },
  };
}
