import { ParleyError } from '../../errors.ts';
import { readMeetingCounts, type CountDimension } from '../../store/index.ts';
import type { RequestContext } from '../context.ts';
import { pageSize } from '../cursor.ts';
import { toMeetingQuery, type MeetingFilterInput } from './meeting-filter.ts';

/** Up to three dimensions: each meeting yields the product of its values, and four multiply past use. */
const MAX_DIMENSIONS = 3;
/** Enough buckets for every month of forty years, or a year's dyads of every country. */
export const MAX_BUCKETS = 1000;

interface CountArgs {
  readonly filter?: MeetingFilterInput | null;
  readonly by: readonly CountDimension[];
  readonly orderBy?: 'COUNT' | 'KEY' | null;
  readonly first?: number | null;
}

const badBy = (message: string) => new ParleyError('BAD_USER_INPUT', `by: ${message}`, { issues: [{ path: 'by', message }] });

/** `meetingCounts(filter, by, orderBy, first)`: one statement, grouped in Neo4j. */
export async function queryMeetingCounts(_: unknown, args: CountArgs, context: RequestContext) {
  if (args.by.length === 0) throw badBy('name at least one dimension');
  if (args.by.length > MAX_DIMENSIONS) throw badBy(`at most ${MAX_DIMENSIONS} dimensions`);
  if (new Set(args.by).size !== args.by.length) throw badBy('each dimension once');
  const first = pageSize(args.first, 'first', 50, MAX_BUCKETS);
  const filter = await toMeetingQuery(context, args.filter);
  const buckets = await readMeetingCounts(context.graph, filter, { by: args.by, orderBy: args.orderBy ?? 'COUNT', first });
  return buckets.map((bucket) => ({
    key: bucket.values.map((v) => v.key).join('|'),
    label: bucket.values.map((v) => v.label).join(' · '),
    values: bucket.values.map((v, i) => ({ ...v, by: args.by[i] })),
    count: bucket.count,
    people: bucket.people,
    lastDate: bucket.lastDate,
  }));
}
