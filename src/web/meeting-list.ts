import type { MeetingData, PersonData } from './api-types.ts';
import { articleLink, el } from './create-element.ts';

const KIND_LABELS: Readonly<Record<MeetingData['kind'], string>> = {
  meeting: 'meeting',
  talks: 'talks',
  phone_call: 'phone call',
  visit: 'visit',
  multilateral: 'multilateral',
};

export interface MeetingListHandlers {
  /** A participant's name was chosen (click or Enter). */
  onPerson(person: PersonData): void;
}

/**
 * Meetings as a list: date, kind, place, the other participants (as buttons to select them),
 * topics, and every source's evidence sentence with a link to its article.
 */
export function renderMeetingList(meetings: readonly MeetingData[], excludeIds: readonly string[], handlers: MeetingListHandlers): HTMLOListElement {
  const list = el(
    'ol',
    { class: 'meetings' },
    meetings.map((meeting) => {
      const others = meeting.participants.filter((person) => !excludeIds.includes(person.id));
      const heading = [meeting.date ?? 'undated', KIND_LABELS[meeting.kind], meeting.place?.name].filter(Boolean).join(' · ');
      return el(
        'li',
        { class: 'meeting', 'data-meeting-id': meeting.id },
        el('p', { class: 'meeting-head' }, el('time', meeting.date ? { datetime: meeting.date } : {}, meeting.date ?? 'undated'), ` · ${KIND_LABELS[meeting.kind]}`, meeting.place ? ` · ${meeting.place.name}` : null),
        others.length > 0
          ? el(
              'p',
              { class: 'meeting-people' },
              'with ',
              others.flatMap((person, index) => [
                index > 0 ? ', ' : null,
                el('button', { type: 'button', class: 'link-button', 'data-person-id': person.id, 'aria-label': `Select ${person.name} (${heading})` }, person.name),
              ]),
            )
          : null,
        meeting.topics.length > 0 ? el('ul', { class: 'topics', 'aria-label': 'Topics' }, meeting.topics.map((topic) => el('li', {}, topic.name))) : null,
        el(
          'ul',
          { class: 'sources', 'aria-label': 'Sources' },
          meeting.sources.map((source) =>
            el(
              'li',
              { class: 'source' },
              el('blockquote', { class: 'evidence' }, source.evidence),
              articleLink(source.article.url, source.article.title ?? source.article.url, `Source article: ${source.article.title ?? source.article.url}`),
            ),
          ),
        ),
      );
    }),
  );
  // One listener for the whole list: a busy person's page can hold hundreds of buttons.
  const people = new Map(meetings.flatMap((meeting) => meeting.participants.map((person) => [person.id, person] as const)));
  list.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-person-id]');
    const person = button ? people.get(button.dataset.personId ?? '') : undefined;
    if (person) handlers.onPerson(person);
  });
  return list;
}
