import { describe, expect, test } from 'vitest';
import { cleanArticle, createSimplifier, detectLanguage, findDateline, findPageDate, removeConverterNoise, mapIdentity, stripHtml } from '../../src/ingest/index.ts';

const simplify = createSimplifier();
const article = (text: string, extra: { html?: string; published?: string } = {}) =>
  cleanArticle({ url: 'urn:test:1', title: null, published: extra.published ?? null, lang: null, text: extra.html ? null : text, html: extra.html ?? null }, simplify);

describe('detectLanguage', () => {
  test.each([
    ['simplified Chinese', '外交部长在北京会见了来访的客人,双方就经贸合作交换了意见。', 'zh-Hans'],
    ['traditional Chinese', '外交部長在臺北會見了來訪的客人,雙方就經貿合作交換了意見。', 'zh-Hant'],
    ['English', 'The foreign minister met his visiting counterpart in the capital on Monday.', 'en'],
    ['English with a few Chinese characters', 'The minister (外长) met his counterpart in the capital on Monday afternoon.', 'en'],
  ])('%s', (_, text, lang) => {
    expect(detectLanguage(text, simplify)).toBe(lang);
  });
});

describe('cleanArticle removes noise and keeps offsets', () => {
  test.each([
    ['a Chinese trailer of related articles', '标题一行\n正文第一句话说明了会议的情况,内容足够长以便被当作正文内容。\n相关新闻\n天气预报:明天有雨。\n友情链接', ['正文第一句话说明了会议的情况,内容足够长以便被当作正文内容。']],
    ['a traditional trailer and editor credit', '標題\n正文說明了會議的情況,內容足夠長以便被當作正文內容來處理。\n責任編輯:某某\n相關新聞\n別的新聞。', ['正文說明了會議的情況,內容足夠長以便被當作正文內容來處理。']],
    ['English share bars and read-more lists', 'Headline here\nShare this\nThe minister met his counterpart in the capital on a long sunny day.\nRead more\nAnother story entirely.', ['The minister met his counterpart in the capital on a long sunny day.']],
    ['photo captions', '标题\n图为会谈现场。\n双方在会谈中交换了意见,会谈持续了两个小时,气氛友好。', ['双方在会谈中交换了意见,会谈持续了两个小时,气氛友好。']],
    ['navigation lines', '首页 | 新闻 | 国际 | 评论\n双方在会谈中交换了意见,会谈持续了两个小时,气氛非常友好。', ['双方在会谈中交换了意见,会谈持续了两个小时,气氛非常友好。']],
  ])('drops %s', (_, text, sentences) => {
    expect(article(text).sentences.map((s) => s.text)).toEqual(sentences);
  });

  test.each([
    ['FILE PHOTO: Wang Yi meets Sergei Lavrov in Moscow, Russia May 15, 2018. AGENCY/Jane Roe', 'Wang Yi meets Sergei Lavrov in Moscow, Russia May 15, 2018.'],
    ['资料图：2018年5月15日，王毅在莫斯科会见拉夫罗夫。（新华社记者 李明 摄）', '2018年5月15日，王毅在莫斯科会见拉夫罗夫。'],
    ['資料圖：2018年5月15日，王毅在莫斯科會見拉夫羅夫。', '2018年5月15日，王毅在莫斯科會見拉夫羅夫。'],
  ])('keeps a dated archive caption as a sentence, without its label and credit: %s', (text, sentence) => {
    expect(article(`Body text of the report stays as it is written here.\n${text}`).sentences.map((s) => s.text)).toContain(sentence);
  });

  test('drops an undated caption', () => {
    expect(article('图为王毅会见拉夫罗夫。\n双方在会谈中交换了意见,会谈持续了两个小时。').sentences.map((s) => s.text)).toEqual(['双方在会谈中交换了意见,会谈持续了两个小时。']);
  });

  test('removes converter pinyin and points evidence back into the original', () => {
    const text = '部長(zhǎng)會見了美國(guó)客人。';
    const cleaned = article(text);
    const [sentence] = cleaned.sentences;
    expect(sentence?.text).toBe('部長會見了美國客人。');
    expect(text.slice(sentence?.sourceStart, sentence?.sourceEnd)).toBe(text);
    expect(removeConverterNoise(mapIdentity('联合国(UN)和(2024)')).text).toBe('联合国(UN)和(2024)');
    expect(removeConverterNoise(mapIdentity('人民大會(huì )堂舉(jǔ )行')).text).toBe('人民大會堂舉行');
  });

  test('strips HTML without running it, decoding entities, skipping scripts and chrome', () => {
    const html = '<html><head><script>alert(1)</script></head><body><nav>Home | World</nav><p>Minister A &amp; Minister B met.</p><div class="related">Other</div></body></html>';
    const stripped = stripHtml(html);
    expect(stripped.text.replace(/\n+/g, '\n').trim()).toBe('Minister A & Minister B met.');
    const at = stripped.text.indexOf('&');
    expect(html.slice(stripped.offsets[at], (stripped.offsets[at] ?? 0) + 5)).toBe('&amp;');
  });

  test('keeps sentence offsets into HTML', () => {
    const html = '<p>First sentence here. Second one, with <b>bold</b> words.</p>';
    const cleaned = article('', { html });
    expect(cleaned.sentences.map((s) => s.text)).toEqual(['First sentence here.', 'Second one, with bold words.']);
    expect(html.slice(cleaned.sentences[1]?.sourceStart, cleaned.sentences[1]?.sourceEnd)).toBe('Second one, with <b>bold</b> words.');
  });

  test('splits English sentences but not at abbreviations and initials', () => {
    const cleaned = article('Mr. S. Kumar met U.S. officials on Feb. 3 in town. They talked.');
    expect(cleaned.sentences.map((s) => s.text)).toEqual(['Mr. S. Kumar met U.S. officials on Feb. 3 in town.', 'They talked.']);
  });

  test('takes a short first line as the headline, not as a sentence', () => {
    const cleaned = article('某某会见某某\n正文第一句。');
    expect(cleaned.title).toBe('某某会见某某');
    expect(cleaned.sentences.map((s) => s.text)).toEqual(['正文第一句。']);
  });
});

describe('findDateline', () => {
  test.each([
    ['新华社北京8月28日电 国家主席会见客人。', { city: '北京', month: 8, day: 28 }],
    ['中新社莫斯科3月5日電 (記者 某某)外長會見客人。', { city: '莫斯科', month: 3, day: 5 }],
    ['中央社記者台北6日電 行政院長今天會見客人。', { city: '台北', month: null, day: 6 }],
    ['MOSCOW, Feb 7 (Reuters) - The minister met a guest.', { city: 'Moscow', month: 2, day: 7 }],
    ['NEW DELHI, June 22 (PTI) - The minister met a guest.', { city: 'New Delhi', month: 6, day: 22 }],
    ['The minister met a guest in Moscow.', null],
    ['PTI\n\nUnited Nations/New York, September 26\n\nThe minister met a guest here.', { city: 'New York', month: 9, day: 26 }],
    ['Geneva, March 3\nThe envoys met.', { city: 'Geneva', month: 3, day: 3 }],
    ['Business Daily\nPress Trust of India New Delhi\n\nThe Prime Minister met a guest.', { city: 'New Delhi', month: null, day: null }],
    ['Reuters Geneva\nThe envoys met.', { city: 'Geneva', month: null, day: null }],
    ['The talks in Geneva, March 3 were long.', null],
    ['Envoys meet in Geneva, March 3', null],
  ])('%s', (text, dateline) => {
    expect(findDateline(text)).toEqual(dateline);
  });
});

describe('findPageDate', () => {
  test.each([
    ['标题\n2024年03月09日 来源: 某网\n正文。', '2024-03-09'],
    ['Headline\nBody text.\nFirst Published: March 9, 2024 10:00 IST', '2024-03-09'],
    ['标题\n正文只说了3月9日的事情。', null],
  ])('%s', (text, date) => {
    expect(findPageDate(text)).toBe(date);
  });
});
