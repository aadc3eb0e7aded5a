import type { Graph } from './graph.ts';
import type { StatementName } from './load-statements.ts';
import type {
  ArticleRecordOut,
  CounterpartRecord,
  MeetingPage,
  MeetingQuery,
  MeetingRecordOut,
  NamedRecord,
  NetworkRecord,
  PersonRecord,
  PlaceRecord,
} from './read-model.ts';

export type SearchableLabel = 'Person' | 'Place' | 'Topic' | 'Organization';

const FULLTEXT_INDEX: Record<SearchableLabel, string> = {
  Person: 'person_names',
  Place: 'place_names',
  Topic: 'topic_names',
  Organization: 'organization_names',
};

/**
 * A user's search read as words only: Lucene's special characters escaped, and lower case so
 * AND, OR and NOT are terms, not operators (the analyzers lower-case the index anyway).
 */
export function toFulltextQuery(text: string): string {
  return text
    .toLowerCase()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`)
    .trim();
}

export function readPeopleById(graph: Graph, ids: readonly string[]): Promise<PersonRecord[]> {
  return graph.read<{ person: PersonRecord }>('find-people-by-id', { ids }).then((rows) => rows.map((r) => r.person));
}

/** Places, countries, topics and events by id (any of them; people have readPeopleById). */
export function readEntitiesById(graph: Graph, ids: readonly string[]): Promise<(NamedRecord & Partial<PlaceRecord> & { iso2?: string | null })[]> {
  return graph.read<{ entity: NamedRecord & Partial<PlaceRecord> & { iso2?: string | null } }>('find-entities-by-id', { ids }).then((rows) => rows.map((r) => r.entity));
}

export function readMeetingsById(graph: Graph, ids: readonly string[]): Promise<MeetingRecordOut[]> {
  return graph.read<{ meeting: MeetingRecordOut }>('find-meetings-by-id', { ids }).then((rows) => rows.map((r) => r.meeting));
}

export async function readArticle(graph: Graph, url: string): Promise<ArticleRecordOut | null> {
  return (await readArticles(graph, [url]))[0] ?? null;
}

/** The stored articles among `urls`, in the order given; unknown URLs are left out. */
export async function readArticles(graph: Graph, urls: readonly string[]): Promise<ArticleRecordOut[]> {
  const rows = await graph.read<{ article: ArticleRecordOut }>('find-article', { urls });
  const byUrl = new Map(rows.map((row) => [row.article.url, row.article]));
  return urls.flatMap((url) => byUrl.get(url) ?? []);
}

/** Entities by name in any script; `key` is the normalized form of `text` (an alias key). */
export async function searchEntities<T = PersonRecord | PlaceRecord>(
  graph: Graph,
  label: SearchableLabel,
  text: string,
  key: string,
  first: number,
): Promise<T[]> {
  const query = toFulltextQuery(text);
  if (query === '' && key === '') return [];
  const rows = await graph.read<{ entity: T }>('search-entities', { label, index: FULLTEXT_INDEX[label], query: query || key, key, first });
  return rows.map((r) => r.entity);
}

/** One page (and whether more follow) of meeting ids, newest first, after the cursor's sort key. */
export async function readMeetingPage(graph: Graph, filter: MeetingQuery, first: number, after: string | null): Promise<MeetingPage> {
  const [name, params] = meetingPageStatement(filter, first, after);
  const rows = await graph.read<{ id: string; sortKey: string }>(name, params);
  return { items: rows.slice(0, first), hasNextPage: rows.length > first };
}

/** The statement and parameters for a page of meetings (exported so the benchmark can PROFILE them). */
export function meetingPageStatement(filter: MeetingQuery, first: number, after: string | null): [StatementName, Record<string, unknown>] {
  const pairKey = pairKeyOf(filter);
  return pairKey === null
    ? ['find-meetings', { ...filter, after, limit: first + 1 }]
    : ['find-pair-meetings', { ...filter, after, limit: first + 1, pairKey, ...sortKeyBounds(filter, after) }];
}

/** The pair index key (`lower|higher`) of two of the filter's people, when it names two or more. */
function pairKeyOf(filter: MeetingQuery): string | null {
  const pair = [...new Set(filter.participants)].sort().slice(0, 2);
  return pair.length === 2 ? pair.join('|') : null;
}

/**
 * The sortKey range (`day|id`) a date filter and a cursor allow: from the first day, up to
 * before the day after the last one and before the cursor. Undated meetings sort as 0001-01-01
 * and still meet the filter's own test on the day.
 */
function sortKeyBounds(filter: MeetingQuery, after: string | null): { lower: string; upper: string } {
  const dayAfterTo = filter.to === null ? null : nextDay(filter.to);
  const uppers = [dayAfterTo, after].filter((u): u is string => u !== null).sort();
  return { lower: filter.from ?? '', upper: uppers[0] ?? '\uffff' };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export async function countMeetings(graph: Graph, filter: MeetingQuery): Promise<number> {
  const pairKey = pairKeyOf(filter);
  const [row] =
    pairKey === null
      ? await graph.read<{ total: number }>('count-meetings', { ...filter })
      : await graph.read<{ total: number }>('count-pair-meetings', { ...filter, pairKey, ...sortKeyBounds(filter, null) });
  return row?.total ?? 0;
}

export const COUNT_DIMENSIONS = ['YEAR', 'MONTH', 'KIND', 'TOPIC', 'COUNTRY', 'COUNTRY_PAIR', 'PERSON'] as const;
export type CountDimension = (typeof COUNT_DIMENSIONS)[number];

export interface CountBucketRecord {
  /** The bucket's value in each dimension, in the order asked. */
  readonly values: readonly { readonly key: string; readonly label: string }[];
  readonly count: number;
  readonly people: number;
  readonly lastDate: string | null;
}

/** Meetings matching the filter, grouped by the dimensions; most meetings first, or by key. */
export function readMeetingCounts(
  graph: Graph,
  filter: MeetingQuery,
  options: { by: readonly CountDimension[]; orderBy: 'COUNT' | 'KEY'; first: number },
): Promise<CountBucketRecord[]> {
  return graph.read<CountBucketRecord>('count-meetings-by', { ...filter, ...options });
}

export interface PersonMeetingsRequest {
  readonly key: string;
  readonly personId: string;
  readonly after: string | null;
  readonly limit: number;
}

/** Person.meetings pages for many people in one statement. */
export async function readPersonMeetingPages(
  graph: Graph,
  requests: readonly PersonMeetingsRequest[],
): Promise<Map<string, { page: { id: string; sortKey: string }[]; total: number }>> {
  const rows = await graph.read<{ key: string; page: { id: string; sortKey: string }[]; total: number }>('find-person-meeting-ids', { requests });
  return new Map(rows.map((r) => [r.key, { page: r.page, total: r.total }]));
}

export interface CounterpartsRequest {
  readonly key: string;
  readonly personId: string;
  readonly limit: number;
}

/** Parameters of find-counterparts (exported so the benchmark can PROFILE them). */
export function counterpartsParams(requests: readonly CounterpartsRequest[]): Record<string, unknown> {
  // One LIMIT for the batch (Cypher's LIMIT takes no per-row value): the largest asked for.
  return { requests, limit: Math.max(...requests.map((r) => r.limit)) };
}

export async function readCounterparts(graph: Graph, requests: readonly CounterpartsRequest[]): Promise<Map<string, CounterpartRecord[]>> {
  if (requests.length === 0) return new Map();
  const rows = await graph.read<{ key: string; counterparts: CounterpartRecord[] }>('find-counterparts', counterpartsParams(requests));
  return new Map(rows.map((r) => [r.key, r.counterparts]));
}

export async function readNetwork(
  graph: Graph,
  options: { personId: string; depth: number; from: string | null; to: string | null; topicIds: readonly string[] | null; first: number },
): Promise<NetworkRecord> {
  const unfiltered = options.from === null && options.to === null && options.topicIds === null;
  const [row] = await graph.read<NetworkRecord>(unfiltered ? 'find-network-projected' : 'find-network', options);
  return row ?? { nodes: [], edges: [] };
}

export interface PairTopicsRequest {
  readonly key: string;
  readonly a: string;
  readonly b: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly topicIds: readonly string[] | null;
}

/** What each pair's shared meetings (within the filters) were about, most discussed first. */
export async function readPairTopics(graph: Graph, requests: readonly PairTopicsRequest[]): Promise<Map<string, NamedRecord[]>> {
  const rows = await graph.read<{ key: string; topics: NamedRecord[] }>('find-pair-topics', { requests });
  return new Map(rows.map((r) => [r.key, r.topics]));
}

/** Ids of the entities of a label known by an exact name key. */
export async function findEntityIdsByKey(graph: Graph, label: SearchableLabel | 'Country', key: string): Promise<string[]> {
  const rows = await graph.read<{ id: string }>('find-entity-ids-by-key', { label, key });
  return rows.map((r) => r.id);
}

/** True when the database answers a query. */
export function checkHealth(graph: Graph): Promise<boolean> {
  return graph.ping();
}
