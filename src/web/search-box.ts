import type { PersonData } from './api-types.ts';
import { el } from './create-element.ts';
import { PEOPLE_QUERY } from './explorer-queries.ts';
import type { GraphQLRequest } from './graphql-client.ts';

export interface SearchBoxOptions {
  readonly input: HTMLInputElement;
  readonly listbox: HTMLUListElement;
  readonly request: GraphQLRequest;
  /** A suggestion was chosen. */
  onPerson(person: PersonData): void;
  /** Enter with no suggestion open: look the text up as a name. */
  onText(text: string): void;
}

/**
 * The person search: an ARIA combobox whose suggestions come from `people(search:)`, so any
 * script works (王毅, Wang Yi, 拉夫羅夫). Arrow keys move, Enter chooses, Escape closes.
 */
export function createSearchBox(options: SearchBoxOptions): void {
  const { input, listbox, request } = options;
  let people: readonly PersonData[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;

  const close = () => {
    people = [];
    active = -1;
    listbox.replaceChildren();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const render = () => {
    listbox.replaceChildren(
      ...people.map((person, index) =>
        el(
          'li',
          { id: `person-option-${index}`, role: 'option', class: 'option', 'aria-selected': String(index === active), 'data-index': index },
          el('span', { class: 'option-name' }, person.name),
          el('span', { class: 'option-names' }, person.names.filter((name) => name !== person.name).slice(0, 3).join(' · ')),
          person.country ? el('span', { class: 'option-country' }, person.country.name) : null,
        ),
      ),
    );
    listbox.hidden = people.length === 0;
    input.setAttribute('aria-expanded', String(people.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `person-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (person: PersonData) => {
    close();
    input.value = person.name;
    options.onPerson(person);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text === '') {
      close();
      return;
    }
    timer = setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      try {
        const data = await request<{ people: PersonData[] }>(PEOPLE_QUERY, { search: text, first: 8 }, controller.signal);
        if (input.value.trim() !== text) return;
        people = data.people;
        active = -1;
        render();
      } catch (error) {
        if ((error as Error).name !== 'AbortError') close();
      }
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (people.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : people.length - 1)) % people.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const person = people[active] ?? people[0];
      if (person) choose(person);
      else if (input.value.trim() !== '') {
        close();
        options.onText(input.value.trim());
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  // mousedown, not click: a click would come after the input's blur has closed the list.
  listbox.addEventListener('mousedown', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const person = option ? people[Number(option.dataset.index)] : undefined;
    if (person) {
      event.preventDefault();
      choose(person);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 0));
  close();
}
