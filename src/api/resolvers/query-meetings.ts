import { countMeetings, readMeetingPage, type MeetingQuery } from '../../store/index.ts';
import type { RequestContext } from '../context.ts';
import { decodeCursor, pageSize } from '../cursor.ts';
import { toMeetingConnection } from './meeting-connection.ts';
import { toMeetingQuery, type MeetingFilterInput } from './meeting-filter.ts';

type MeetingsArgs = { filter?: MeetingFilterInput | null; first?: number | null; after?: string | null };

/**
 * Only `id` among the ids a filter's name resolved to: the entity's own meetings, and none when
 * the filter names another topic or place than the one asked from.
 */
const only = (id: string, named: readonly string[] | null): string[] => (named === null || named.includes(id) ? [id] : []);

/**
 * A meetings connection, newest first, keyset-paginated, totalCount only when asked; `narrow`
 * adds the constraint of the object it is a field of (an entity's own meetings).
 */
function meetingsField<Parent>(narrow: (query: MeetingQuery, parent: Parent) => MeetingQuery) {
  return async (parent: Parent, args: MeetingsArgs, context: RequestContext) => {
    const first = pageSize(args.first, 'first');
    const after = decodeCursor(args.after);
    const filter = narrow(await toMeetingQuery(context, args.filter), parent);
    const page = await readMeetingPage(context.graph, filter, first, after);
    return toMeetingConnection(context, page, after, () => countMeetings(context.graph, filter));
  };
}

/** `Query.meetings(filter, first, after)`. */
export const queryMeetings = meetingsField<unknown>((query) => query);

type Entity = { readonly id: string };

/** Topic.meetings, Place.meetings and Country.meetings (someone from the country took part). */
export const entityMeetingFields = {
  Topic: { meetings: meetingsField<Entity>((query, { id }) => ({ ...query, topicIds: only(id, query.topicIds) })) },
  Place: { meetings: meetingsField<Entity>((query, { id }) => ({ ...query, placeIds: only(id, query.placeIds) })) },
  Country: { meetings: meetingsField<Entity>((query, { id }) => ({ ...query, countryIds: [...new Set([...query.countryIds, id])] })) },
};
