import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { createExtractor, type ArticleTriples, type Place } from '../../src/extract/index.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

// Where a meeting was held when its own sentence does not say: the place the article named
// before it, a capital named after its country's adjective, and never a trip that is only planned.
const extract = createExtractor(loadKnowledgeBase(), { today: () => new Date('2026-11-24T12:00:00Z') });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const run = (text: string): Promise<ArticleTriples> => extract({ url: 'urn:test:meeting-places', title: null, published: '2025-06-20', lang: null, text, html: null });
const names = (place: Place | null): string[] => (place ? [place.city, place.country, place.venue, ...place.aliases].filter((n): n is string => Boolean(n)) : []);
const placeOf = async (text: string, index = 0): Promise<string[]> => names((await run(text)).meetings[index]?.place ?? null);

describe('a meeting held where the article said things took place', () => {
  test.each([
    ['en', 'Leaders gathered in Nairobi on Monday for the regional summit. During the visit, Cyril Ramaphosa also held talks with William Ruto.', 'Nairobi'],
    ['zh-Hans', '东盟外长会议19日在吉隆坡开幕。会议期间，王毅同拉夫罗夫举行会谈。', '吉隆坡'],
    ['zh-Hant', toTraditional('东盟外长会议19日在吉隆坡开幕。会议期间，王毅同拉夫罗夫举行会谈。'), '吉隆坡'],
  ])('%s', async (_lang, text, city) => {
    expect(await placeOf(text)).toContain(city);
  });

  test.each([
    ['a city after its province', '外交部副部长谢锋12日在河北廊坊同美国助理国务卿康达举行会谈。', '廊坊'],
    ['正在 before the place', '正在德国汉堡出席亚欧外长会议的外交部长杨洁篪28日与法国外长库什内举行会谈。', '汉堡'],
  ])('%s', async (_form, text, city) => {
    expect(await placeOf(text)).toContain(city);
    expect(await placeOf(toTraditional(text))).toContain(toTraditional(city));
  });

  test('a capital named after its country adjective is the city', async () => {
    expect(await placeOf('Cyril Ramaphosa arrived in the Zimbabwean capital Harare on Saturday. He met Emmerson Mnangagwa on Sunday.')).toContain('Harare');
  });

  test.each([
    ['zh-Hans', '王毅21日在巴黎爱丽舍宫会见马克龙。马克龙将于下月访问上海。王毅同日还同法国外长巴罗举行会谈。'],
    ['zh-Hant', toTraditional('王毅21日在巴黎爱丽舍宫会见马克龙。马克龙将于下月访问上海。王毅同日还同法国外长巴罗举行会谈。')],
  ])('%s: a trip that is only planned does not move the next meeting', async (_lang, text) => {
    const second = await placeOf(text, 1);
    expect(second.some((n) => /巴黎|Paris/.test(n))).toBe(true);
    expect(second.some((n) => /上海|Shanghai/.test(n))).toBe(false);
  });
});

describe('topics named in Latin letters inside Chinese text', () => {
  test('a Latin cue is a whole word there too (BRI is not in Kritenbrink)', async () => {
    const { meetings } = await run('外交部副部长谢锋12日在廊坊同美国助理国务卿康达（Daniel Kritenbrink）举行会谈。');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.topics.map((t) => t.name)).not.toContain('一带一路');
  });
});

describe('a report repeated beside another meeting', () => {
  test.each([
    ['zh-Hans', '（中央社纽约18日综合外电报导）美国国务卿布林肯今天在联合国大会场边会晤中国国家副主席韩正。韩正会见布林肯之前，王毅与沙利文上周末在马耳他进行会晤。'],
    ['zh-Hant', toTraditional('（中央社纽约18日综合外电报导）美国国务卿布林肯今天在联合国大会场边会晤中国国家副主席韩正。韩正会见布林肯之前，王毅与沙利文上周末在马耳他进行会晤。')],
  ])('%s: keeps its own place (the dateline), not the other meeting’s', async (_lang, text) => {
    const { meetings } = await run(text);
    const first = names(meetings[0]?.place ?? null);
    expect(first.some((n) => /纽约|紐約|New York/.test(n))).toBe(true);
    expect(first.some((n) => /马耳他|馬爾他|Malta/.test(n))).toBe(false);
  });
});
