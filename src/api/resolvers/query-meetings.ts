import { countMeetings, readMeetingPage } from '../../store/index.ts';
import type { RequestContext } from '../context.ts';
import { decodeCursor, pageSize } from '../cursor.ts';
import { toMeetingConnection } from './meeting-connection.ts';
import { toMeetingQuery, type MeetingFilterInput } from './meeting-filter.ts';

/** `meetings(filter, first, after)`: newest first, keyset-paginated; totalCount only when asked. */
export async function queryMeetings(_: unknown, args: { filter?: MeetingFilterInput | null; first?: number | null; after?: string | null }, context: RequestContext) {
  const first = pageSize(args.first, 'first');
  const after = decodeCursor(args.after);
  const filter = await toMeetingQuery(context, args.filter);
  const page = await readMeetingPage(context.graph, filter, first, after);
  return toMeetingConnection(context, page, after, () => countMeetings(context.graph, filter));
}
