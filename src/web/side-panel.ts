import type { MeetingData, PersonData } from './api-types.ts';
import { el, present } from './create-element.ts';
import { renderMeetingList } from './meeting-list.ts';

export interface PanelPerson {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly title: string | null;
  readonly countryName: string | null;
  readonly isCenter: boolean;
  readonly isExpanded: boolean;
}

export interface PanelCounterpart {
  readonly id: string;
  readonly name: string;
  readonly meetingCount: number;
  readonly lastDate: string | null;
}

export interface SidePanelHandlers {
  onCentre(personId: string): void;
  onExpand(personId: string): void;
  onPair(personId: string, otherId: string): void;
  onPerson(person: PersonData): void;
  onMore(): void;
}

export interface SidePanel {
  /** A person: who they are, who they met in this view, and (once loaded) their meetings. */
  showPerson(person: PanelPerson, counterparts: readonly PanelCounterpart[]): void;
  /** Two people: the meetings between them (what choosing a link shows). */
  showPair(a: { readonly id: string; readonly name: string }, b: { readonly id: string; readonly name: string }): void;
  showMeetings(meetings: readonly MeetingData[], totalCount: number, hasMore: boolean): void;
  showMessage(text: string): void;
}

/**
 * The side panel for the selected person or link. Everything in it is a button or a link, in
 * reading order, so it is the keyboard's way through the network the canvas draws.
 */
export function createSidePanel(container: HTMLElement, handlers: SidePanelHandlers): SidePanel {
  let meetingsSection: HTMLElement = el('section');
  let excludeIds: readonly string[] = [];

  const heading = (text: string) => el('h2', { id: 'panel-heading', tabindex: -1 }, text);

  return {
    showPerson(person, counterparts) {
      excludeIds = [person.id];
      meetingsSection = el('section', { class: 'panel-meetings', 'aria-labelledby': 'meetings-heading' }, el('h3', { id: 'meetings-heading' }, 'Meetings'), el('p', { class: 'muted' }, 'Loading meetings…'));
      const otherNames = person.names.filter((name) => name !== person.name);
      container.replaceChildren(
        ...present(
          heading(person.name),
          otherNames.length > 0 ? el('p', { class: 'names', lang: 'zh' }, otherNames.join(' · ')) : null,
          el('p', { class: 'muted' }, [person.title, person.countryName].filter(Boolean).join(', ')),
          el(
            'div',
            { class: 'panel-actions' },
            person.isCenter ? null : el('button', { type: 'button', 'data-action': 'centre' }, 'Centre on this person'),
            person.isCenter || person.isExpanded ? null : el('button', { type: 'button', 'data-action': 'expand' }, 'Expand their network'),
        ),
        el(
          'section',
          { class: 'panel-counterparts', 'aria-labelledby': 'counterparts-heading' },
          el('h3', { id: 'counterparts-heading' }, `Met in this view (${counterparts.length})`),
          counterparts.length === 0
            ? el('p', { class: 'muted' }, 'No one in this view.')
            : el(
                'ul',
                { class: 'counterparts' },
                counterparts.map((other) =>
                  el(
                    'li',
                    {},
                    el(
                      'button',
                      { type: 'button', class: 'counterpart', 'data-other-id': other.id, 'aria-label': `Meetings of ${person.name} and ${other.name}: ${other.meetingCount}` },
                      el('span', { class: 'counterpart-name' }, other.name),
                      el('span', { class: 'counterpart-count' }, `${other.meetingCount} ${other.meetingCount === 1 ? 'meeting' : 'meetings'}${other.lastDate ? `, last ${other.lastDate}` : ''}`),
                    ),
                  ),
                ),
              ),
        ),
        meetingsSection,
        ),
      );
      container.querySelector('[data-action="centre"]')?.addEventListener('click', () => handlers.onCentre(person.id));
      container.querySelector('[data-action="expand"]')?.addEventListener('click', () => handlers.onExpand(person.id));
      container.querySelector('.counterparts')?.addEventListener('click', (event) => {
        const button = (event.target as HTMLElement).closest<HTMLElement>('[data-other-id]');
        if (button?.dataset.otherId) handlers.onPair(person.id, button.dataset.otherId);
      });
    },
    showPair(a, b) {
      excludeIds = [a.id, b.id];
      meetingsSection = el('section', { class: 'panel-meetings' }, el('p', { class: 'muted' }, 'Loading meetings…'));
      const back = el('button', { type: 'button', class: 'link-button' }, `← ${a.name}`);
      back.addEventListener('click', () => handlers.onPerson({ id: a.id, name: a.name, names: [], country: null }));
      container.replaceChildren(back, heading(`${a.name} and ${b.name}`), meetingsSection);
    },
    showMeetings(meetings, totalCount, hasMore) {
      const more = hasMore ? el('button', { type: 'button', class: 'more' }, `Show more (${meetings.length} of ${totalCount})`) : null;
      more?.addEventListener('click', () => handlers.onMore());
      const title = meetingsSection.querySelector('h3');
      meetingsSection.replaceChildren(
        ...present(
          title,
          el('p', { class: 'muted meeting-count' }, `${totalCount} ${totalCount === 1 ? 'meeting' : 'meetings'} within the filters`),
          renderMeetingList(meetings, excludeIds, { onPerson: handlers.onPerson }),
          more,
        ),
      );
    },
    showMessage(text) {
      container.replaceChildren(heading(text));
    },
  };
}
