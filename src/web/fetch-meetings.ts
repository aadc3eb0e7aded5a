import type { MeetingData, MeetingFilterInput, MeetingPage } from './api-types.ts';
import { MEETINGS_QUERY } from './explorer-queries.ts';
import type { GraphQLRequest } from './graphql-client.ts';

/** The API's largest page. */
export const MEETING_PAGE_SIZE = 100;

/** One page of meetings, newest first. */
export async function fetchMeetingPage(request: GraphQLRequest, filter: MeetingFilterInput, first: number, after: string | null, signal?: AbortSignal): Promise<MeetingPage> {
  const data = await request<{ meetings: MeetingPage }>(MEETINGS_QUERY, { filter, first, after }, signal);
  return data.meetings;
}

/** Meetings page after page up to `limit`; `complete` is false when more were left. */
export async function fetchMeetings(request: GraphQLRequest, filter: MeetingFilterInput, limit: number, signal?: AbortSignal): Promise<{ meetings: MeetingData[]; totalCount: number; complete: boolean }> {
  const meetings: MeetingData[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchMeetingPage(request, filter, Math.min(MEETING_PAGE_SIZE, limit - meetings.length), after, signal);
    meetings.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { meetings, totalCount: page.totalCount, complete: true };
    if (meetings.length >= limit) return { meetings, totalCount: page.totalCount, complete: false };
    after = page.pageInfo.endCursor;
  }
}
