import { createApp } from '../api/index.ts';
import { ParleyError } from '../errors.ts';
import type { PipelineDeps } from '../pipeline.ts';
import { COUNT_DIMENSIONS, type CountDimension } from '../store/index.ts';
import { csvRow, CSV_START } from '../web/csv.ts';

/**
 * Tables for the tools analysts use (pandas, R, spreadsheets): meeting counts and the meetings
 * as an event table, one row per meeting. Read through Parley's own GraphQL API in-process, so
 * a table says exactly what the API says.
 */
export interface TableFilter {
  readonly from?: string;
  readonly to?: string;
  readonly countries?: readonly string[];
  readonly topic?: string;
  readonly kind?: string;
}

export type TableFormat = 'csv' | 'jsonl';
type Write = (text: string) => void | Promise<void>;

/** Dimensions whose keys are ids or codes: their tables carry a readable label column too. */
const LABELLED: readonly CountDimension[] = ['TOPIC', 'COUNTRY', 'COUNTRY_PAIR', 'PERSON'];

export function parseDimensions(text: string): CountDimension[] {
  const by = text.split(',').map((part) => part.trim().toUpperCase()).filter((part) => part !== '');
  const unknown = by.filter((d) => !(COUNT_DIMENSIONS as readonly string[]).includes(d));
  if (by.length === 0 || unknown.length > 0) {
    throw new ParleyError('BAD_USER_INPUT', `--by: ${unknown.length ? `unknown ${unknown.join(', ')}; ` : ''}use ${COUNT_DIMENSIONS.map((d) => d.toLowerCase()).join(', ')}`);
  }
  return by as CountDimension[];
}

function askApi(deps: PipelineDeps) {
  const app = createApp(deps, { responseCache: false });
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await app.fetch('http://parley.local/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new ParleyError('BAD_USER_INPUT', body.errors.map((e) => e.message).join('; '));
    return body.data!;
  };
}

interface Bucket {
  values: { by: CountDimension; key: string; label: string }[];
  count: number;
  people: number;
  lastDate: string | null;
}

/** `parley export --counts --by year,country_pair`: one row per bucket, one column per dimension. */
export async function writeCounts(deps: PipelineDeps, options: { by: readonly CountDimension[]; filter: TableFilter; format: TableFormat; orderBy: 'COUNT' | 'KEY' }, write: Write): Promise<number> {
  const ask = askApi(deps);
  const { meetingCounts } = await ask<{ meetingCounts: Bucket[] }>(
    `query ($by: [CountDimension!]!, $filter: MeetingFilter, $orderBy: BucketOrder) {
      meetingCounts(by: $by, filter: $filter, orderBy: $orderBy, first: 1000) { values { by key label } count people lastDate } }`,
    { by: options.by, filter: options.filter, orderBy: options.orderBy },
  );
  const columns = options.by.flatMap((d) => (LABELLED.includes(d) ? [d.toLowerCase(), `${d.toLowerCase()}_label`] : [d.toLowerCase()]));
  if (options.format === 'csv') await write(CSV_START + csvRow([...columns, 'count', 'people', 'last_date']));
  for (const bucket of meetingCounts) {
    const cells = bucket.values.flatMap((v) => (LABELLED.includes(v.by) ? [v.key, v.label] : [v.key]));
    if (options.format === 'csv') await write(csvRow([...cells, String(bucket.count), String(bucket.people), bucket.lastDate ?? '']));
    else await write(`${JSON.stringify({ ...Object.fromEntries(columns.map((c, i) => [c, cells[i]])), count: bucket.count, people: bucket.people, last_date: bucket.lastDate })}\n`);
  }
  return meetingCounts.length;
}

interface EventMeeting {
  id: string;
  date: string | null;
  datePrecision: string | null;
  kind: string;
  participants: { id: string; name: string; country: { iso2: string } | null }[];
  place: { name: string; country: { iso2: string } | null } | null;
  topics: { name: string }[];
  sources: { article: { url: string } }[];
}

const EVENT_COLUMNS = ['id', 'date', 'date_precision', 'kind', 'participants', 'participant_ids', 'countries', 'place', 'place_country', 'topics', 'source_urls'] as const;

/** One meeting as the event table's fields: lists as arrays (JSON Lines) or joined by "; " (CSV). */
function eventRow(m: EventMeeting): Record<(typeof EVENT_COLUMNS)[number], string | null | string[]> {
  return {
    id: m.id,
    date: m.date,
    date_precision: m.datePrecision,
    kind: m.kind,
    participants: m.participants.map((p) => p.name),
    participant_ids: m.participants.map((p) => p.id),
    countries: [...new Set(m.participants.flatMap((p) => (p.country ? [p.country.iso2] : [])))].sort(),
    place: m.place?.name ?? null,
    place_country: m.place?.country?.iso2 ?? null,
    topics: m.topics.map((t) => t.name),
    source_urls: [...new Set(m.sources.map((s) => s.article.url))],
  };
}

/** `parley export --meetings`: every meeting matching the filter, newest first, page by page. */
export async function writeMeetings(deps: PipelineDeps, options: { filter: TableFilter; format: TableFormat }, write: Write): Promise<number> {
  const ask = askApi(deps);
  if (options.format === 'csv') await write(CSV_START + csvRow([...EVENT_COLUMNS]));
  let after: string | null = null;
  let count = 0;
  for (;;) {
    type Page = { meetings: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: EventMeeting }[] } };
    const page: Page = await ask<Page>(
      `query ($filter: MeetingFilter, $after: String) { meetings(filter: $filter, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { id date datePrecision kind participants { id name country { iso2 } } place { name country { iso2 } } topics { name } sources { article { url } } } } } }`,
      { filter: options.filter, after },
    );
    for (const { node } of page.meetings.edges) {
      const row = eventRow(node);
      if (options.format === 'jsonl') await write(`${JSON.stringify(row)}\n`);
      else await write(csvRow(EVENT_COLUMNS.map((c) => (Array.isArray(row[c]) ? (row[c] as string[]).join('; ') : ((row[c] as string | null) ?? '')))));
      count += 1;
    }
    if (!page.meetings.pageInfo.hasNextPage) return count;
    after = page.meetings.pageInfo.endCursor;
  }
}
