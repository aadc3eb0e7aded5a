import type { ArticleTriplesInput } from '../../src/extract/index.ts';

/** The seed article's meeting as triples: Wang Yi met Lavrov in Johannesburg on 2025-02-20. */
export function seedTriples(overrides: Partial<ArticleTriplesInput> = {}): ArticleTriplesInput {
  return {
    url: 'https://news.example/zh/2025/02/21/wang-yi-lavrov',
    title: '王毅会见俄罗斯外长拉夫罗夫',
    published: '2025-02-21',
    lang: 'zh-Hans',
    meetings: [
      {
        kind: 'meeting',
        participants: [
          { name: '王毅', aliases: ['Wang Yi'], title: '外交部长', country: '中国' },
          { name: '拉夫罗夫', aliases: ['Sergei Lavrov'], title: '外长', country: '俄罗斯' },
        ],
        date: '2025-02-20',
        place: { city: '约翰内斯堡', country: '南非', aliases: ['Johannesburg'] },
        topics: [{ name: '中俄关系' }, { name: '乌克兰危机', aliases: ['Ukraine crisis'] }, { name: '中东局势' }],
        evidence: '当地时间2月20日，外交部长王毅在南非约翰内斯堡出席二十国集团外长会期间会见俄罗斯外长拉夫罗夫。',
        confidence: 0.95,
      },
    ],
    ...overrides,
  };
}

/** A meeting between two people the knowledge base does not know, for linking-by-graph tests. */
export function unknownPeopleTriples(url: string, date: string, names: [string, string] = ['Ada Quennell', 'Bruno Okafor']): ArticleTriplesInput {
  return {
    url,
    title: 'Envoys meet',
    published: date,
    lang: 'en',
    meetings: [
      {
        kind: 'talks',
        participants: names.map((name) => ({ name, aliases: [], title: 'Special Envoy', country: null })),
        date,
        place: { city: 'Geneva', country: 'Switzerland', aliases: [] },
        topics: [{ name: 'water rights' }],
        evidence: `${names[0]} held talks with ${names[1]} in Geneva.`,
        confidence: 0.8,
      },
    ],
  };
}
