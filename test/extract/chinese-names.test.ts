import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { createExtractor, loadVocabulary, type ArticleTriples } from '../../src/extract/index.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

// Names in Chinese reports that the knowledge base does not hold whole: dotted full names,
// officials of every rank after their title, and the words that end a name. Each sentence is
// written in simplified characters and run again as Taiwan-style traditional text.
const extract = createExtractor(loadKnowledgeBase(), { today: () => new Date('2026-11-24T12:00:00Z') });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const run = (text: string): Promise<ArticleTriples> => extract({ url: 'urn:test:chinese-names', title: null, published: '2025-06-20', lang: null, text, html: null });
const bothScripts = <T extends readonly unknown[]>(rows: readonly [string, ...T][]): [string, string, ...T][] =>
  rows.flatMap(([text, ...rest]) => [['zh-Hans', text, ...rest] as [string, string, ...T], ['zh-Hant', toTraditional(text), ...rest] as [string, string, ...T]]);
const names = (result: ArticleTriples): string[][] => result.meetings.map((m) => m.participants.map((p) => toTraditional(p.name)).sort());

describe('names the knowledge base does not hold whole', () => {
  test.each(
    bothScripts([
      // A dotted full name whose pieces the knowledge base knows, each alone, is one person.
      ['国家主席习近平19日在人民大会堂同印度尼西亚总统普拉博沃·苏比安托举行会谈。', ['普拉博沃·苏比安托', '习近平']],
      // A known surname that opens a longer dotted name is someone else's given name.
      ['外交部长王毅18日在北京会见菲律宾众议院访问团团长马丁·罗穆亚尔德斯。', ['王毅', '马丁·罗穆亚尔德斯']],
      // Officials below minister, found by their title and a family name.
      ['外交部副部长孙卫东20日在北京会见巴基斯坦驻华大使哈利勒·哈什米。', ['哈利勒·哈什米', '孙卫东']],
      ['商务部部长王文涛29日在北京会见美国商务部长雷蒙多。', ['王文涛', '雷蒙多']],
      ['经济部长郭明远今天接见美国在台协会处长谷立言。', ['谷立言', '郭明远']],
      // 代表 as the title of the name after it, not "on behalf of".
      ['驻日代表李逸洋18日在东京拜会日本众议院议员古屋圭司。', ['古屋圭司', '李逸洋']],
      // A company before a title is not a person.
      ['国务院总理李强28日在北京会见特斯拉首席执行官埃隆·马斯克。', ['埃隆·马斯克', '李强']],
      // A title the segmenter cuts short (国务委员│长).
      ['朝鲜国务委员长金正恩与韩国总统文在寅在板门店举行会谈。', ['文在寅', '金正恩']],
    ] as [string, string[]][]),
  )('%s: %s', async (_lang, text, expected) => {
    expect(names(await run(text))).toEqual([expected.map((n) => toTraditional(n)).sort()]);
  });
});

describe('what ends a name read after a title', () => {
  test.each(
    bothScripts([
      ['外交部长林佳龙昨（8）日在外交部接见来访的菲律宾众议员马丁·罗穆亚尔德斯。', '林佳龙'],
      ['外交部长林佳龙上周四在台北接见日本众议员古屋圭司。', '林佳龙'],
      ['沙特外交大臣费萨尔·本·法尔汉13日在利雅得会见伊朗外长阿拉格齐。', '费萨尔·本·法尔汉'],
      ['泰国总理赛塔今天在总理府接见来访的越南总理范明政。', '范明政'],
    ] as [string, string][]),
  )('%s: %s', async (_lang, text, name) => {
    const people = names(await run(text)).flat();
    expect(people).toContain(toTraditional(name));
  });
});

describe('family names of the vocabulary', () => {
  // Every family name opens a name the segmenter does not know, after a title.
  // The traditional sentence converts the name with its given name, as a Taiwanese text writes it
  // (胡嘉樹, not the 鬍 a lone 胡 could become).
  const sentence = (name: string, script: 'zh-Hans' | 'zh-Hant'): string =>
    script === 'zh-Hans' ? `外交部副部长${name}20日在北京会见俄罗斯外长拉夫罗夫。` : `${toTraditional('外交部副部长')}${toTraditional(name)}${toTraditional('20日在北京会见俄罗斯外长拉夫罗夫。')}`;
  test.each(loadVocabulary('zh').familyNames.flatMap((family) => (['zh-Hans', 'zh-Hant'] as const).map((script) => [script, family] as const)))('%s: %s', async (script, family) => {
    const name = `${family}嘉树`;
    const people = names(await run(sentence(name, script))).flat();
    expect(people).toContain(toTraditional(name));
  });
});
