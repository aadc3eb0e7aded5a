import { MEETING_KINDS } from '../../extract/index.ts';
import { ParleyError } from '../../errors.ts';
import { nameKey } from '../../resolve/index.ts';
import { findEntityIdsByKey, type MeetingQuery, type SearchableLabel } from '../../store/index.ts';
import type { RequestContext } from '../context.ts';

export interface MeetingFilterInput {
  readonly participants?: readonly string[] | null;
  readonly kind?: string | null;
  readonly topic?: string | null;
  readonly place?: string | null;
  readonly country?: string | null;
  readonly countries?: readonly string[] | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

/** A partial date widened to the first (from) or last (to) day it covers. */
export function widenDate(date: string | null | undefined, end: 'from' | 'to'): string | null {
  if (!date) return null;
  if (date.startsWith('--')) throw new ParleyError('BAD_USER_INPUT', `${end}: a range bound needs a year`, { issues: [{ path: `filter.${end}`, message: 'needs a year' }] });
  const [year, month, day] = date.split('-');
  if (day) return date;
  if (month) return end === 'from' ? `${year}-${month}-01` : new Date(Date.UTC(Number(year), Number(month), 0)).toISOString().slice(0, 10);
  return end === 'from' ? `${year}-01-01` : `${year}-12-31`;
}

/** Ids of a label named by `text`: an id as given, else knowledge-base links and graph aliases. */
export async function idsNamed(context: RequestContext, label: SearchableLabel, text: string): Promise<string[]> {
  const prefix = `${label.toLowerCase()}:`;
  if (text.startsWith(prefix)) return [text];
  const link = label === 'Topic' ? context.linker.topic({ name: text, aliases: [] }) : label === 'Place' ? context.linker.place({ city: text, country: null, venue: null, aliases: [] }).place : null;
  const known = await findEntityIdsByKey(context.graph, label, nameKey(text));
  return [...new Set([...(link && !link.provisional ? [link.id] : []), ...known])];
}

/** The id of the country an ISO code or a name in any script names; one no meeting has when none. */
export function countryIdNamed(context: RequestContext, text: string): string {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return `country:${trimmed.toLowerCase()}`;
  return context.linker.country(trimmed)?.id ?? 'country:none';
}

/** Resolves the names in a MeetingFilter to ids; a name that matches nothing matches no meeting. */
export async function toMeetingQuery(context: RequestContext, filter: MeetingFilterInput | null | undefined): Promise<MeetingQuery> {
  const kind = filter?.kind ?? null;
  if (kind !== null && !(MEETING_KINDS as readonly string[]).includes(kind)) {
    throw new ParleyError('BAD_USER_INPUT', `filter.kind: must be one of ${MEETING_KINDS.join(', ')}`);
  }
  return {
    participants: [...new Set(filter?.participants ?? [])],
    kind,
    topicIds: filter?.topic ? await idsNamed(context, 'Topic', filter.topic) : null,
    placeIds: filter?.place ? await idsNamed(context, 'Place', filter.place) : null,
    countryId: filter?.country ? countryIdNamed(context, filter.country) : null,
    countryIds: [...new Set((filter?.countries ?? []).map((text) => countryIdNamed(context, text)))],
    from: widenDate(filter?.from, 'from'),
    to: widenDate(filter?.to, 'to'),
  };
}
