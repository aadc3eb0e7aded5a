import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { createExtractor, type ArticleTriples } from '../../src/extract/index.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

// Chinese reports whose sides are not both named in the meeting's own clause: a pronoun or a
// title alone as the verb's object, a meeting named by its sides (A同B的会谈), and a clause that
// borrows its subject from the clause before. Each runs in simplified and traditional script.
const extract = createExtractor(loadKnowledgeBase(), { today: () => new Date('2026-11-24T12:00:00Z') });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const run = (text: string): Promise<ArticleTriples> => extract({ url: 'urn:test:chinese-references', title: null, published: '2025-06-20', lang: null, text, html: null });
const bothScripts = (rows: readonly (readonly [string, readonly (readonly string[])[]])[]): [string, string, readonly (readonly string[])[]][] =>
  rows.flatMap(([text, pairs]) => [['zh-Hans', text, pairs] as [string, string, readonly (readonly string[])[]], ['zh-Hant', toTraditional(text), pairs] as [string, string, readonly (readonly string[])[]]]);
const pairs = (result: ArticleTriples): string[][] => result.meetings.map((m) => m.participants.map((p) => toTraditional(p.name)).sort());
const expected = (list: readonly (readonly string[])[]): string[][] => list.map((pair) => pair.map((n) => toTraditional(n)).sort());

describe('a side named before the meeting sentence', () => {
  test.each(
    bothScripts([
      // The object is a pronoun: the one the report is about; the title alone after it is the host.
      ['乌克兰总统泽连斯基10日抵达吉达。当天，沙特王储穆罕默德·本·萨勒曼在王宫接见了他。这位王储随后还会见了美国国务卿鲁比奥。', [['穆罕默德·本·萨勒曼', '泽连斯基'], ['穆罕默德·本·萨勒曼', '鲁比奥']]],
      // The object is a title alone, after 同.
      ['埃及总统塞西8月31日抵达北京。9月1日下午，国家主席习近平在人民大会堂同这位埃及总统举行会谈。', [['习近平', '塞西']]],
      // A meeting named by its sides and said to have been held.
      ['当地时间7月9日，印度总理莫迪同俄罗斯总统普京的会谈在克里姆林宫举行。', [['普京', '莫迪']]],
      // A meeting named by the consensus it reached took place; the clause's hope is not its hedge.
      ['王毅表示，中方愿同俄方一道，落实好习近平主席同普京总统会晤达成的重要共识。', [['习近平', '普京']]],
      ['杨洁篪说，中方愿与法方落实好胡锦涛主席与萨科齐总统通电话时达成的共识。', [['胡锦涛', '萨科齐']]],
      // The talks of the same sentence are the video meeting it reports, not a second meeting.
      ['美国总统拜登与国家主席习近平15日晚举行视频会晤，会谈持续约3个半小时。', [['习近平', '拜登']]],
      // A clause that opens with 随后与 takes the subject of the clause before, not its object.
      ['美国总统特朗普18日在白宫接待乌克兰总统泽连斯基，随后与德国总理默茨、法国总统马克龙共同会谈。', [['泽连斯基', '特朗普'], ['特朗普', '默茨', '马克龙']]],
    ]),
  )('%s: %s', async (_lang, text, want) => {
    expect(pairs(await run(text))).toEqual(expected(want));
  });
});

describe('what is only asked about or awaited is no meeting', () => {
  test.each(
    bothScripts([
      ['关于王毅同布林肯的会晤，外交部发言人毛宁表示，目前没有可以发布的消息。', []],
      ['发言人表示，王毅同拉夫罗夫的会晤是否举行，将视情况而定。', []],
      ['王毅同布林肯的会晤时间尚未确定。', []],
      ['王毅同布林肯的会面延期举行。', []],
      // 他国 and 他们 are no stand-in for a person.
      ['王毅表示，中方愿同他国一道维护多边主义。', []],
    ]),
  )('%s: %s', async (_lang, text) => {
    expect((await run(text)).meetings).toEqual([]);
  });
});

describe('a verb is no name', () => {
  test.each([['zh-Hans', '美国参议员代表团12日晋见总统赖清德。'], ['zh-Hant', toTraditional('美国参议员代表团12日晋见总统赖清德。')]])(
    '%s: a verb the segmenter tags as a name (晋见) is no one before a title',
    async (_lang, text) => {
      const people = (await run(text)).meetings.flatMap((m) => m.participants.map((p) => toTraditional(p.name)));
      expect(people).not.toContain(toTraditional('晋见'));
    },
  );
});
