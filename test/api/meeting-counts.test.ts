import { describe, expect, test } from 'vitest';
import type { ArticleTriplesInput } from '../../src/extract/index.ts';
import { ingestTriples } from '../../src/pipeline.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();
const api = createTestApp(t);

/** Made-up envoys, two per country, so one meeting can hold several people of one side. */
const ENVOYS: readonly (readonly [string, string])[] = [
  ['Ada Quennell', 'China'],
  ['Bo Lindqvar', 'China'],
  ['Cy Moravec', 'Russia'],
  ['Di Okonkwo', 'Russia'],
  ['Ed Varnholt', 'France'],
  ['Fay Quirino', 'Brazil'],
];
const TOPICS = ['water rights', 'grain corridor', 'Ukraine crisis'];
const KINDS = ['talks', 'meeting', 'phone_call'] as const;

/**
 * Forty meetings drawn from a fixed sequence: two to four envoys, a date to the day, to the month
 * or none, one or two topics, a kind. Several meetings have two people of one country.
 */
function countsArticle(): ArticleTriplesInput {
  let state = 11;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    // The high bits: a power-of-two modulus leaves the low bits of this sequence short cycles.
    return Math.floor((state / 2 ** 31) * n);
  };
  const meetings = Array.from({ length: 40 }, (_, i) => {
    const size = 2 + next(3);
    const chosen = new Set<number>();
    while (chosen.size < size) chosen.add(next(ENVOYS.length));
    const year = 2021 + next(4);
    const month = String(1 + next(12)).padStart(2, '0');
    // The index as the day keeps every meeting distinct; every seventh has no day, every eleventh no date.
    const date = i % 11 === 10 ? null : i % 7 === 6 ? `${year}-${month}` : `${year}-${month}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return {
      kind: KINDS[next(KINDS.length)]!,
      participants: [...chosen].map((e) => ({ name: ENVOYS[e]![0], aliases: [], title: 'Special Envoy', country: ENVOYS[e]![1] })),
      date,
      place: { city: 'Geneva', country: 'Switzerland', aliases: [] },
      topics: [...new Set([TOPICS[next(3)]!, TOPICS[next(3)]!])].map((name) => ({ name })),
      evidence: `Envoys met (${i}).`,
      confidence: 0.8,
    };
  });
  return { url: 'https://counts.example/envoys', title: 'Envoys', published: '2025-01-01', lang: 'en', meetings };
}

async function ingestCountsArticle() {
  const result = await ingestTriples(t.deps, countsArticle());
  if (!result.success) throw result.error;
}

interface ListedMeeting {
  date: string | null;
  kind: string;
  participants: { id: string; country: { iso2: string } | null }[];
  topics: { id: string }[];
}

/** Every meeting the API lists for a filter, all pages. */
async function listMeetings(filter: Record<string, unknown> = {}): Promise<ListedMeeting[]> {
  const meetings: ListedMeeting[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { meetings: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: ListedMeeting }[] } };
    const response: { data?: Page; errors?: unknown } = await api.query<Page>(
      `query ($filter: MeetingFilter, $after: String) { meetings(filter: $filter, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { date kind participants { id country { iso2 } } topics { id } } } } }`,
      { filter, after },
    );
    expect(response.errors).toBeUndefined();
    meetings.push(...response.data!.meetings.edges.map((e) => e.node));
    if (!response.data!.meetings.pageInfo.hasNextPage) return meetings;
    after = response.data!.meetings.pageInfo.endCursor;
  }
}

/** A dimension's values for one meeting, recounted in the test from what the meeting lists. */
const valuesOf: Record<string, (m: ListedMeeting) => string[]> = {
  YEAR: (m) => (m.date && /^\d{4}/.test(m.date) ? [m.date.slice(0, 4)] : []),
  MONTH: (m) => (m.date && /^\d{4}-\d{2}/.test(m.date) ? [m.date.slice(0, 7)] : []),
  KIND: (m) => [m.kind],
  TOPIC: (m) => m.topics.map((topic) => topic.id),
  PERSON: (m) => m.participants.map((p) => p.id),
  COUNTRY: (m) => [...new Set(m.participants.flatMap((p) => (p.country ? [p.country.iso2] : [])))].sort(),
  COUNTRY_PAIR: (m) => {
    const codes = valuesOf.COUNTRY!(m);
    return codes.flatMap((a, i) => codes.slice(i + 1).map((b) => `${a}–${b}`));
  },
};

/** key → { count, people } from the listed meetings: the product of each meeting's values. */
function recount(meetings: readonly ListedMeeting[], by: readonly string[]): Map<string, { count: number; people: number }> {
  const buckets = new Map<string, { count: number; people: Set<string> }>();
  for (const meeting of meetings) {
    let keys: string[][] = [[]];
    for (const dimension of by) keys = keys.flatMap((prefix) => valuesOf[dimension]!(meeting).map((value) => [...prefix, value]));
    for (const key of keys.map((parts) => parts.join('|'))) {
      const bucket = buckets.get(key) ?? { count: 0, people: new Set() };
      bucket.count += 1;
      for (const p of meeting.participants) bucket.people.add(p.id);
      buckets.set(key, bucket);
    }
  }
  return new Map([...buckets].map(([key, b]) => [key, { count: b.count, people: b.people.size }]));
}

type Bucket = { key: string; label: string; count: number; people: number; lastDate: string | null; values: { by: string; key: string; label: string }[] };

async function counts(by: string[], filter: Record<string, unknown> = {}, extra = '') {
  const response = await api.query<{ meetingCounts: Bucket[] }>(
    `query ($by: [CountDimension!]!, $filter: MeetingFilter) { meetingCounts(by: $by, filter: $filter, first: 1000${extra}) { key label count people lastDate values { by key label } } }`,
    { by, filter },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.meetingCounts;
}

describe('meetingCounts', () => {
  test.each([[['YEAR']], [['MONTH']], [['KIND']], [['TOPIC']], [['COUNTRY']], [['COUNTRY_PAIR']], [['PERSON']], [['YEAR', 'COUNTRY_PAIR']], [['TOPIC', 'COUNTRY']]])(
    'by %j equals a recount of the listed meetings',
    async (by) => {
      await ingestCountsArticle();
      const meetings = await listMeetings();
      // Forty reported; fewer stored where two reports are one meeting (same people, day, kind).
      expect(meetings.length).toBeGreaterThan(30);
      const expected = recount(meetings, by);
      const buckets = await counts(by);
      expect(new Map(buckets.map((b) => [b.key, { count: b.count, people: b.people }]))).toEqual(expected);
      expect(buckets.length).toBeGreaterThan(1);
    },
  );

  test('within a filter (a country and a year) it equals a recount of the meetings that filter lists', async () => {
    await ingestCountsArticle();
    const filter = { countries: ['中国'], from: '2022', to: '2022' };
    const meetings = await listMeetings(filter);
    expect(meetings.length).toBeGreaterThan(0);
    const buckets = await counts(['YEAR', 'COUNTRY_PAIR'], filter);
    expect(new Map(buckets.map((b) => [b.key, { count: b.count, people: b.people }]))).toEqual(recount(meetings, ['YEAR', 'COUNTRY_PAIR']));
    expect(buckets.every((b) => b.key.startsWith('2022|'))).toBe(true);
  });

  test('a dyad counts a meeting once however many people each side sent', async () => {
    const twoEach = (url: string, date: string): ArticleTriplesInput => ({
      url,
      title: 'Delegations',
      published: date,
      lang: 'en',
      meetings: [
        {
          kind: 'talks',
          participants: ENVOYS.slice(0, 4).map(([name, country]) => ({ name, aliases: [], title: 'Special Envoy', country })),
          date,
          place: null,
          topics: [],
          evidence: 'Two delegations met.',
          confidence: 0.8,
        },
      ],
    });
    for (const [i, date] of ['2024-05-01', '2024-06-01'].entries()) {
      const result = await ingestTriples(t.deps, twoEach(`https://counts.example/delegations/${i}`, date));
      if (!result.success) throw result.error;
    }
    expect(await counts(['COUNTRY_PAIR'])).toEqual([
      { key: 'CN–RU', label: 'China–Russia', count: 2, people: 4, lastDate: '2024-06-01', values: [{ by: 'COUNTRY_PAIR', key: 'CN–RU', label: 'China–Russia' }] },
    ]);
  });

  test('orders by count, or by key for a time series, and keeps to `first`', async () => {
    await ingestCountsArticle();
    const byCount = await counts(['MONTH']);
    expect(byCount.map((b) => b.count)).toEqual([...byCount.map((b) => b.count)].sort((a, b) => b - a));
    const byKey = await counts(['MONTH'], {}, ', orderBy: KEY');
    expect(byKey.map((b) => b.key)).toEqual([...byKey.map((b) => b.key)].sort());
    const firstThree = await api.query<{ meetingCounts: Bucket[] }>(`{ meetingCounts(by: [YEAR], orderBy: KEY, first: 3) { key } }`);
    expect(firstThree.data?.meetingCounts.map((b) => b.key)).toEqual(byKey.map((b) => b.key.slice(0, 4)).filter((k, i, all) => all.indexOf(k) === i).slice(0, 3));
  });

  test('lastDate is the newest date in the bucket', async () => {
    await ingestCountsArticle();
    const meetings = await listMeetings();
    const [topic] = await counts(['TOPIC']);
    const dates = meetings.filter((m) => m.topics.some((x) => x.id === topic!.values[0]!.key)).flatMap((m) => (m.date ? [m.date] : []));
    expect(topic!.lastDate).toBe(dates.sort().at(-1));
  });

  test.each([
    ['[]', 'by: name at least one dimension'],
    ['[YEAR, YEAR]', 'by: each dimension once'],
    ['[YEAR, KIND, TOPIC, PERSON]', 'by: at most 3 dimensions'],
  ])('by: %s is refused with a message naming the field', async (by, message) => {
    const response = await api.query(`{ meetingCounts(by: ${by}) { key } }`);
    expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  test('first beyond the bucket limit is refused', async () => {
    const response = await api.query(`{ meetingCounts(by: [YEAR], first: 5000) { key } }`);
    expect(response.errors?.[0]?.message).toMatch(/^first: /);
  });
});
