import type { MeetingPage } from '../../store/index.ts';
import { encodeCursor } from '../cursor.ts';
import type { RequestContext } from '../context.ts';

/** A Relay connection over a page of meeting ids; nodes load in one batch, total on demand. */
export function toMeetingConnection(context: RequestContext, page: MeetingPage, after: string | null, totalCount: () => Promise<number>) {
  return {
    edges: page.items.map((item) => ({ cursor: encodeCursor(item.sortKey), node: () => context.loaders.meeting.load(item.id) })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: page.items[0] ? encodeCursor(page.items[0].sortKey) : null,
      endCursor: page.items.at(-1) ? encodeCursor(page.items.at(-1)!.sortKey) : null,
    },
    totalCount,
  };
}
