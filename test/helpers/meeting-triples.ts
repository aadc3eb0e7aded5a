import type { ArticleTriplesInput } from '../../src/extract/index.ts';

/** One article reporting meetings among made-up envoys (unknown to the knowledge base). */
export function envoyArticle(url: string, meetings: { names: readonly string[]; date: string | null; kind?: 'meeting' | 'talks' | 'phone_call'; place?: string }[]): ArticleTriplesInput {
  return {
    url,
    title: `Envoys meet (${url})`,
    published: meetings.find((m) => m.date)?.date ?? '2024-06-01',
    lang: 'en',
    meetings: meetings.map((m) => ({
      kind: m.kind ?? 'talks',
      participants: m.names.map((name) => ({ name, aliases: [], title: 'Special Envoy', country: null })),
      date: m.date,
      place: m.place ? { city: m.place, country: null, aliases: [] } : null,
      topics: [{ name: 'water rights' }],
      evidence: `${m.names.join(' and ')} held talks.`,
      confidence: 0.8,
    })),
  };
}
