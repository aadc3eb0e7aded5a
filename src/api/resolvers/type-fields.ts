import { readArticle, type ArticleRecordOut, type MeetingRecordOut, type PersonRecord } from '../../store/index.ts';
import type { RequestContext } from '../context.ts';
import { decodeCursor, pageSize } from '../cursor.ts';
import { toMeetingConnection } from './meeting-connection.ts';

/** Fields that need more than the record at hand; each batches through a per-request loader. */
export const typeFields = {
  Person: {
    async meetings(person: PersonRecord, args: { first?: number | null; after?: string | null }, context: RequestContext) {
      const limit = pageSize(args.first, 'first');
      const after = decodeCursor(args.after);
      const { page, total } = await context.loaders.personMeetings.load({ personId: person.id, after, limit: limit + 1 });
      return toMeetingConnection(context, { items: page.slice(0, limit), hasNextPage: page.length > limit }, after, async () => total);
    },
    async counterparts(person: PersonRecord, args: { first?: number | null }, context: RequestContext) {
      const rows = await context.loaders.counterparts.load({ personId: person.id, limit: pageSize(args.first, 'first') });
      return rows.map((row) => ({
        ...row,
        // Read only when selected: a pair's topics cost an expand over their shared meetings.
        topics: () => context.loaders.pairTopics.load({ a: person.id, b: row.person.id, from: null, to: null, topicIds: null }),
      }));
    },
  },
  Meeting: {
    participants(meeting: MeetingRecordOut) {
      return meeting.participants;
    },
  },
  Article: {
    meetings(article: ArticleRecordOut, _: unknown, context: RequestContext) {
      return context.loaders.meeting.loadMany(article.meetingIds ?? []);
    },
  },
  Query: {
    meeting: (_: unknown, args: { id: string }, context: RequestContext) => context.loaders.meeting.load(args.id),
    article: (_: unknown, args: { url: string }, context: RequestContext) => readArticle(context.graph, args.url),
  },
};
