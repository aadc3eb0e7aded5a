import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createExtractor, MeetingSchema, type ArticleTriples } from '../../src/extract/index.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';

// A fixed today: a yearless page's weekday is dated against it.
const extract = createExtractor(loadKnowledgeBase(), { today: () => new Date('2026-11-24T12:00:00Z') });
const run = (text: string, published: string | null = '2024-05-10'): Promise<ArticleTriples> =>
  extract({ url: 'urn:test:article', title: null, published, lang: null, text, html: null });
const people = (result: ArticleTriples): string[][] => result.meetings.map((m) => m.participants.map((p) => p.name));

// 2024-05-10 is a Friday.
describe('meeting frames', () => {
  test.each([
    ['会见', '新华社北京5月9日电 外交部长王毅9日在北京会见俄罗斯外长拉夫罗夫。', [['王毅', '拉夫罗夫']], 'meeting', '2024-05-09'],
    ['举行会谈', '国务院总理李强8日同德国总统施瓦茨霍夫在柏林举行会谈。', [['李强', '施瓦茨霍夫']], 'talks', '2024-05-08'],
    ['应约同…通电话', '5月7日晚,外交部长王毅应约同美国国务卿布林肯通电话。', [['王毅', '布林肯']], 'phone_call', '2024-05-07'],
    ['视频会晤', '国家主席习近平昨天同俄罗斯总统普京举行视频会晤。', [['习近平', '普京']], 'meeting', '2024-05-09'],
    ['接见 with a transliterated name', '外长王毅接见了新西兰前总理汉密尔·柯林斯。', [['王毅', '汉密尔·柯林斯']], 'meeting', '2024-05-10'],
    ['拜会', '拉夫罗夫在莫斯科拜会了王毅。', [['拉夫罗夫', '王毅']], 'meeting', '2024-05-10'],
    ['three-way 会晤 is multilateral', '乌克兰外长巴尔丘克和土耳其外长阿尔坦奥卢同拉夫罗夫举行三方会晤。', [['巴尔丘克', '阿尔坦奥卢', '拉夫罗夫']], 'multilateral', '2024-05-10'],
    ['traditional 會見', '中央社台北8日電 外交部長王毅在北京會見俄羅斯外長拉夫羅夫。', [['王毅', '拉夫羅夫']], 'meeting', '2024-05-08'],
    ['traditional 通電話 on 週三', '外交部長王毅週三應約同美國國務卿布林肯通電話。', [['王毅', '布林肯']], 'phone_call', '2024-05-08'],
    ['met with, title chains', 'Chinese Foreign Minister Wang Yi met with Russian Foreign Minister Sergei Lavrov in Beijing on Thursday.', [['Wang Yi', 'Sergei Lavrov']], 'meeting', '2024-05-09'],
    ['held talks with a name the knowledge base lacks', 'Prime Minister Li Qiang held talks with Mauritian Prime Minister Ravindra Koothum on May 8.', [['Li Qiang', 'Ravindra Koothum']], 'talks', '2024-05-08'],
    ['spoke by phone', 'Secretary of State Antony Blinken spoke by phone with Wang Yi on Friday.', [['Antony Blinken', 'Wang Yi']], 'phone_call', '2024-05-10'],
    ['received', 'President Vladimir Putin received Hungarian Foreign Minister Peter Szantovari at the Kremlin yesterday.', [['Vladimir Putin', 'Peter Szantovari']], 'meeting', '2024-05-09'],
    ['on the sidelines of', 'On the sidelines of the summit, Wang Yi and Sergei Lavrov met on Tuesday.', [['Wang Yi', 'Sergei Lavrov']], 'meeting', '2024-05-07'],
    ['an English dateline gives the day', 'MOSCOW, May 6 (Reuters) - Sergei Lavrov hosted Wang Yi for talks.', [['Sergei Lavrov', 'Wang Yi']], 'talks', '2024-05-06'],
  ])('%s', async (_, text, expected, kind, date) => {
    const result = await run(text);
    expect(people(result)).toEqual(expected);
    expect(result.meetings[0]?.kind).toBe(kind);
    expect(result.meetings[0]?.date).toBe(date);
    for (const meeting of result.meetings) expect(MeetingSchema.safeParse(meeting).success).toBe(true);
  });
});

describe('not meetings', () => {
  test.each([
    ['将会见 (planned)', '外交部长王毅将于下周会见俄罗斯外长拉夫罗夫。'],
    ['拟 (proposed)', '李强拟同德国总统施瓦茨霍夫举行会谈。'],
    ['计划 (plan)', '王毅计划在纽约会见布林肯。'],
    ['推迟 (postponed)', '王毅同布林肯的会谈被推迟。'],
    ['取消 (cancelled)', '英国首相原定同习近平会晤,但会晤已经取消。'],
    ['没有…计划 (denied)', '发言人说,王毅没有会见布林肯的计划。'],
    ['共同会见记者 alone', '王毅和拉夫罗夫共同会见记者。'],
    ['a counterpart who is not named', '王毅会见美方代表团。'],
    ['traditional 將會見', '外交部長王毅將會見美國國務卿布林肯。'],
    ['will meet', 'Wang Yi will meet Antony Blinken in Washington next week.'],
    ['is expected to hold talks', 'Wang Yi is expected to hold talks with Sergei Lavrov on Monday.'],
    ['plans to meet', 'Blinken plans to meet Wang Yi in Anchorage.'],
    ['was cancelled', 'A meeting with Wang Yi and Antony Blinken was cancelled.'],
    ['a press conference', 'Wang Yi told a press conference that China respects Russia.'],
    ['an unnamed prime minister', 'Wang Yi met the Prime Minister in the capital.'],
    ['a delegation', 'Sergei Lavrov met a delegation from the region.'],
    ['a headline the body does not confirm', 'Wang Yi meets Antony Blinken\nThe two diplomats may meet later this year, officials said.'],
    ['有机会 (a chance to meet)', '李强或有机会与美国财长耶伦会面。'],
    ['names side by side in a headline list', '外媒报道 习近平布林肯会面 等于发出重要讯号'],
  ])('%s', async (_, text) => {
    expect((await run(text)).meetings).toEqual([]);
  });
});

describe('who takes part', () => {
  test.each([
    ['a person in a later English clause is not a participant', 'Marco Rubio spoke with Wang Yi by phone on Friday, the first call between the two since Donald Trump took office.', [['Marco Rubio', 'Wang Yi']]],
    ['a person in an earlier Chinese clause is not a participant', '王毅说，不久前习近平同特朗普在海湖庄园举行会晤。', [['习近平', '特朗普']]],
    ['a party named in 在…参与下 takes part', '在土耳其外长阿尔坦奥卢参与下，俄罗斯外长拉夫罗夫、乌克兰外长巴尔丘克在安塔利亚举行会晤。', [['阿尔坦奥卢', '拉夫罗夫', '巴尔丘克']]],
    ['bilateral talks with two leaders are two meetings', 'Prime Minister Narendra Modi held bilateral talks with Mauritian Prime Minister Ravindra Koothum and Nepali Prime Minister Sushila Pandey.', [['Narendra Modi', 'Ravindra Koothum'], ['Narendra Modi', 'Sushila Pandey']]],
    ['a caption glued to the body does not make a new person', 'President Vladimir PutinRussian President Vladimir Putin met Turkish President Recep Tayyip Erdogan on Saturday.', [['Vladimir Putin', 'Recep Tayyip Erdogan']]],
    ['a sentence glued to the next one ends at its period', 'Narendra Modi held talks with Sheikh Hasina.Both leaders then reviewed the visit.', [['Narendra Modi', 'Sheikh Hasina']]],
    ['a Latin-script name after a Chinese title', '澳洲总理Anthony Albanese与中国总理李强在堪培拉举行会晤。', [['Anthony Albanese', '李强']]],
    ['an English gloss in brackets is the same person', '李强在柏林与德国总统施泰因迈尔(Frank-Walter Steinmeier)会面。', [['李强', '施泰因迈尔']]],
    ['"met A and B" is two meetings when the article also tells them apart', 'Wang Yi met Sergei Lavrov and Antony Blinken on Monday in Geneva. Before his meeting with Lavrov, Wang Yi met Blinken over breakfast.', [['Wang Yi', 'Sergei Lavrov'], ['Wang Yi', 'Antony Blinken']]],
    ['"met with A and B" stays one meeting of three when nothing tells them apart', 'Antony Blinken met with Annalena Baerbock and Sergei Lavrov in Berlin on Monday.', [['Antony Blinken', 'Annalena Baerbock', 'Sergei Lavrov']]],
    ['a Chinese clause that opens with its partner takes the subject of the clause before', '外交部长王毅9日抵达莫斯科，与俄罗斯外长拉夫罗夫举行会谈。', [['王毅', '拉夫罗夫']]],
    ['the same in traditional script, after 随后', '國務院總理李強在北京出席論壇後，隨後同德國總統施泰因邁爾舉行會談。', [['李強', '施泰因邁爾']]],
    ['a 的 after a clause of the subject\'s own does not make it a possessive', '国务院总理李强抵达柏林的总理府，与德国总理朔尔茨举行会谈。', [['李强', '朔尔茨']]],
    ['the same in traditional script', '國務院總理李強抵達柏林的總理府，與德國總理朔爾茨舉行會談。', [['李強', '朔爾茨']]],
    ['与此同时 opens no partner', '习近平会见普京，与此同时，王毅会见拉夫罗夫。', [['习近平', '普京'], ['王毅', '拉夫罗夫']]],
    ['a Chinese clause that names its partner after only when and where takes the subject of the clause before', '正在德国访问的外交部长王毅，当地时间周二在柏林总理府与德国总理朔尔茨会晤。', [['王毅', '朔尔茨']]],
    ['the same in traditional script', '正在德國訪問的外交部長王毅，當地時間週二在柏林總理府與德國總理朔爾茨會晤。', [['王毅', '朔爾茨']]],
    ['a Chinese pronoun subject before its partner is the report\'s protagonist', '巴基斯坦副总理达尔本周抵达北京。过去一个月，他与外交部长王毅进行了两次电话沟通。', [['达尔', '王毅']]],
    ['the same in traditional script', '巴基斯坦副總理達爾本週抵達北京。過去一個月，他與外交部長王毅進行了兩次電話溝通。', [['達爾', '王毅']]],
    ['an English pronoun subject is not the partner it meets', 'The meeting of Sergei Lavrov and John Kerry in Geneva was long.\nOn 15 July the Secretary of State visited Moscow, where he held talks with Lavrov.', [['Sergei Lavrov', 'John Kerry'], ['John Kerry', 'Sergei Lavrov']]],
    ['the possessor of a meeting holds it', 'Deputy Secretary Wendy Sherman\u2019s Meeting with Latvian Foreign Minister Edgars Rinkevics', [['Wendy Sherman', 'Edgars Rinkevics']]],
    ['the possessor of a meeting holds it, across a parenthesis', 'Narendra Modi\u2019s first bilateral meeting, one of five on Friday, was with Sri Lankan President Ranil Wickremesinghe.', [['Narendra Modi', 'Ranil Wickremesinghe']]],
    ['a possessive apposition is still no participant', 'Steve Witkoff, Donald Trump\u2019s envoy, met Vladimir Putin in Moscow on Friday.', [['Steve Witkoff', 'Vladimir Putin']]],
    ['"in a separate meeting" sets the scene for the verb that follows', 'Antonio Guterres met Mia Mottley on Monday. In a separate meeting, Guterres discussed climate finance with Botswana\u2019s President Duma Boko.', [['Antonio Guterres', 'Mia Mottley'], ['Antonio Guterres', 'Duma Boko']]],
    ['a plan that followed a call does not hedge the call', 'A summit was proposed last week following a phone call between Vladimir Putin and Donald Trump.', [['Vladimir Putin', 'Donald Trump']]],
    ['"I" in a paragraph that has turned to someone\'s words is that speaker', '李强首先转达了习近平主席的问候。李强表示，中德合作前景广阔。我此访同施泰因迈尔总统举行会谈，取得新成果。', [['李强', '施泰因迈尔']]],
    ['the same in traditional script', '李強首先轉達了習近平主席的問候。李強表示，中德合作前景廣闊。我此訪同施泰因邁爾總統舉行會談，取得新成果。', [['李強', '施泰因邁爾']]],
    ['a meeting as a time phrase with one side named is with the visitor of the clause before', '秦刚本月中旬访问埃及，塞西在会面时强调，两国友谊牢不可破。', [['秦刚', '塞西']]],
    ['the same in traditional script', '秦剛本月中旬訪問埃及，塞西在會面時強調，兩國友誼牢不可破。', [['秦剛', '塞西']]],
    ['a spokesperson is the source of the report, not a party to it', 'Turkish presidential spokesman Ibrahim Kalin said Recep Tayyip Erdogan spoke by phone with Donald Trump on Sunday.', [['Recep Tayyip Erdogan', 'Donald Trump']]],
    ['a name after the meeting that goes on to speak is its source', 'Vladimir Putin had a telephone conversation with Emmanuel Macron, Kremlin aide Dmitry Peskov told reporters.', [['Vladimir Putin', 'Emmanuel Macron']]],
    ['a Chinese spokesperson is the source too', '外交部发言人毛宁证实王毅昨天同布林肯通电话。', [['王毅', '布林肯']]],
    ['the same in traditional script', '外交部發言人毛寧證實王毅昨天同布林肯通電話。', [['王毅', '布林肯']]],
    ['a headline verb in title case ends the name before it', 'Vice President Xi Jinping Meets President Barack Obama at the White House', [['Xi Jinping', 'Barack Obama']]],
    ['meetings with several people are one with each', 'On the margins of the summit, Narendra Modi held meetings with many leaders, including Emmanuel Macron and Olaf Scholz.', [['Narendra Modi', 'Emmanuel Macron'], ['Narendra Modi', 'Olaf Scholz']]],
    ['the speaker of quoted words that state a meeting with one side is the other side', '"Had a productive meeting with President Cyril Ramaphosa in Johannesburg," Prime Minister Narendra Modi wrote on Thursday.', [['Cyril Ramaphosa', 'Narendra Modi']]],
    ['a stand-in subject comes before a later "the two"', 'Recep Tayyip Erdogan arrived in Baku on Wednesday. He met Ilham Aliyev at the palace, and the two then attended a ceremony.', [['Recep Tayyip Erdogan', 'Ilham Aliyev']]],
    ['companions in 在…陪同下 are not parties, nor the one a title-only subject stands for', '总统上午在国安会秘书长吴钊燮、外交部长林佳龙陪同下，接见美国参议员达克沃斯。', []],
    ['the same in traditional script', '總統上午在國安會秘書長吳釗燮、外交部長林佳龍陪同下，接見美國參議員達克沃斯。', []],
    ['a companion named, the subject named too', '国家主席习近平在外交部长王毅陪同下，在北京会见俄罗斯总统普京。', [['习近平', '普京']]],
    ['the same in traditional script', '國家主席習近平在外交部長王毅陪同下，在北京會見俄羅斯總統普京。', [['習近平', '普京']]],
    ['after 获, the guest meets each agent', '美国国务卿布林肯访华期间，获国家主席习近平、国务院总理李强接见。', [['布林肯', '习近平'], ['布林肯', '李强']]],
    ['the same in traditional script', '美國國務卿布林肯訪華期間，獲國家主席習近平、國務院總理李強接見。', [['布林肯', '習近平'], ['布林肯', '李強']]],
    ['after 获 with the guest unnamed, no meeting of the agents with each other', '述职期间，获国家主席习近平、总理李克强接见。', []],
    ['a summit attended is no meeting of the people named', '陪同习近平主席出席金砖国家领导人会晤的外交部长王毅参观了展览。', []],
    ['the same in traditional script', '陪同習近平主席出席金磚國家領導人會晤的外交部長王毅參觀了展覽。', []],
    ['a plan in a side clause of cause is not the meeting\'s', '越南总理阮春福，因即将启程出席东盟峰会，于11日同习近平见面。', [['阮春福', '习近平']]],
    ['the same in traditional script', '越南總理阮春福，因即將啟程出席東盟峰會，於11日同習近平見面。', [['阮春福', '習近平']]],
    ['"her" before a noun is a possessive, not the protagonist', 'Giorgia Meloni arrived in Washington on Sunday. Joe Biden met her husband on Monday.', []],
    ['the possessor of a call in a readout headline holds it', "Readout of Secretary Antony Blinken's Call with Foreign Minister Wang Yi", [['Antony Blinken', 'Wang Yi']]],
    ['a known surname after another given name is another person', 'Joe Biden met Narendra Modi on Thursday. Jill Biden hosted Modi at the National Science Foundation on Wednesday.', [['Joe Biden', 'Narendra Modi'], ['Jill Biden', 'Narendra Modi']]],
    ['a Chinese pronoun after its referent in the same sentence is that person', '中国国家主席习近平抵达莫斯科开始国事访问，他与总统普京在克里姆林宫举行非正式会谈。', [['习近平', '普京']]],
    ['the same in traditional script', '中國國家主席習近平抵達莫斯科開始國事訪問，他與總統普京在克里姆林宮舉行非正式會談。', [['習近平', '普京']]],
    ['the one a subject accompanies (陪同…的) is not a party', '陪同习近平主席出席金砖国家领导人会晤的外交部长王毅应约与美国国务卿克里通电话。', [['王毅', '克里']]],
    ['the same in traditional script', '陪同習近平主席出席金磚國家領導人會晤的外交部長王毅應約與美國國務卿克里通電話。', [['王毅', '克里']]],
    ['"during his meeting with A, B…": the possessive is B\'s', 'Ukhnaa Khurelsukh met Xi Jinping in Beijing on Monday. During his meeting with President Khaltmaa Battulga, Ambassador Juan Barragan presented his credentials.', [['Ukhnaa Khurelsukh', 'Xi Jinping'], ['Khaltmaa Battulga', 'Juan Barragan']]],
    ['a spokesperson who speaks the quoted words is still no party', '"President Vladimir Putin initiated the phone call with Prime Minister Fumio Kishida," White House spokesman Ari Fleischer told reporters.', [['Vladimir Putin', 'Fumio Kishida']]],
    ['a misspelt given name on first mention still reaches the known surname', 'Subrahmanyam Jaishankar arrived in Dushanbe on Monday. Mr Jaishankar held talks with the foreign minister of Tajikistan, Siorjiddin Muhriddin.', [['Subrahmanyam Jaishankar', 'Sirojiddin Muhriddin']]],
    ['a title alone as the subject is the report\'s protagonist', 'Subrahmanyam Jaishankar arrived in Tashkent on Monday. External Affairs Minister held long discussions with Abdulaziz Kamilov on Tuesday.', [['Subrahmanyam Jaishankar', 'Abdulaziz Kamilov']]],
    ['after "in their meeting", the speakers are the parties', 'In their meeting in New York on Monday, Antony Blinken, Yoko Kamikawa and Cho Tae-yul confirmed close cooperation.', [['Antony Blinken', 'Yoko Kamikawa', 'Cho Tae-yul']]],
    ['"after his talks with B" is a second, earlier meeting of the same subject', 'Wang Yi met Antony Blinken in Washington on Friday after his talks with Jake Sullivan in the morning.', [['Wang Yi', 'Antony Blinken'], ['Wang Yi', 'Jake Sullivan']]],
    ['a middle initial does not make a second person', 'Antony J. Blinken met Wang Yi on the margins of the summit. Antony Blinken and Wang Yi met again on Friday.', [['Antony Blinken', 'Wang Yi']]],
  ])('%s', async (_, text, expected) => {
    expect(people(await run(text))).toEqual(expected);
  });

  test('a call among three stays a phone call', async () => {
    const [meeting] = (await run('普京、马克龙和默克尔举行三方电话会谈。')).meetings;
    expect(meeting?.participants.map((p) => p.name)).toEqual(['普京', '马克龙', '默克尔']);
    expect(meeting?.kind).toBe('phone_call');
  });
});

describe('dates resolve against the published day or the dateline', () => {
  test.each([
    ['当地时间 with a dateline', '中新社约翰内斯堡2月21日电 当地时间2月20日,王毅会见拉夫罗夫。', '2025-02-21', '2025-02-20'],
    ['a day before the dateline', '新华社北京6月15日电 习近平15日下午同普京通电话。', '2022-06-16', '2022-06-15'],
    ['a month-day later than the published day is last year', '王毅12月30日会见了拉夫罗夫。', '2025-01-03', '2024-12-30'],
    ['no year anywhere', '王毅4月27日会见了拉夫罗夫。', null, '--04-27'],
    ['a weekday without a published date', 'Wang Yi met Sergei Lavrov on Thursday.', null, null],
    ['a weekday and a month-day on a yearless page: the latest year they fit', '9月12日报道称,新西兰总理Harriet Lomond与李强于周四上午举行会晤。', null, '2024-09-12'],
    ['the same in English', 'Wang Yi met Sergei Lavrov on Monday, 3 March.', null, '2025-03-03'],
    ['a leap day takes the latest leap year on its weekday', 'Wang Yi met Sergei Lavrov on Saturday, 29 February.', null, '2020-02-29'],
    ['a weekday on the published day is that day', 'Wang Yi met Sergei Lavrov on Friday.', '2024-05-10', '2024-05-10'],
    ['an English month and day', 'Wang Yi met Sergei Lavrov on 3 March.', '2024-05-10', '2024-03-03'],
    ['a month and day in Chinese numerals', '外交部长王毅九月二十二日在纽约会见俄罗斯外长拉夫罗夫。', '2024-09-25', '2024-09-22'],
    ['the same in traditional script', '外交部長王毅十月十日在紐約會見俄羅斯外長拉夫羅夫。', '2024-10-12', '2024-10-10'],
    ['同日 is the day given just before', '外交部长王毅9月20日抵达纽约。同日，王毅会见俄罗斯外长拉夫罗夫。', '2024-09-25', '2024-09-20'],
    ['次日 in traditional script is the day after it', '外交部長王毅9月20日抵達紐約。次日，王毅會見俄羅斯外長拉夫羅夫。', '2024-09-25', '2024-09-21'],
    ['"the next day" is the day after the one given', 'Wang Yi arrived in New York on September 20. The next day, Wang Yi met Sergei Lavrov.', '2024-09-25', '2024-09-21'],
    ['the day given in the meeting clause wins over "the day before" later in the sentence', 'Wang Yi met Sergei Lavrov in Moscow on 8 April, the day before Lavrov flew to Beijing.', '2024-04-12', '2024-04-08'],
    ['前一天 counts back from the day given before', '王毅4月9日抵达北京。王毅前一天在莫斯科会见了拉夫罗夫。', '2024-04-12', '2024-04-08'],
    ['昨 alone is yesterday', '美国国务卿布林肯昨在北京与中国国家主席习近平会谈。', '2024-05-10', '2024-05-09'],
    ['the same in traditional script', '美國國務卿布林肯昨在北京與中國國家主席習近平會談。', '2024-05-10', '2024-05-09'],
    ['a dateline in Chinese numerals', '中新社纽约九月二十二日电 国务院总理李强当天会见联合国秘书长古特雷斯。', null, '--09-22'],
    ['the same in traditional script', '中新社紐約九月二十二日電 國務院總理李強當天會見聯合國秘書長古特雷斯。', null, '--09-22'],
    ['a year written digit by digit', '二〇二三年十一月十五日，习近平同拜登在旧金山举行会晤。', '2024-05-10', '2023-11-15'],
  ])('%s', async (_, text, published, date) => {
    expect((await run(text, published)).meetings[0]?.date).toBe(date);
  });
});

describe('participants, places and topics', () => {
  test('a known person carries the names of the other scripts', async () => {
    const [meeting] = (await run('王毅会见俄罗斯外长拉夫罗夫。')).meetings;
    expect(meeting?.participants[0]?.aliases).toContain('Wang Yi');
    expect(meeting?.participants[1]).toMatchObject({ name: '拉夫罗夫', title: '外长', country: 'Russia' });
  });

  test.each([
    ['Minister for Foreign Affairs', 'Prime Minister Li Qiang met Minister for Foreign Affairs Tamsin Ashdown in Beijing on Friday.', [['Li Qiang', 'Tamsin Ashdown']]],
    [
      'Director General for Political and Security Affairs, last of a list',
      'Antony Blinken met in Berlin with German Foreign Minister Annalena Baerbock and French Director General for Political and Security Affairs Pierre Dumont.',
      [['Antony Blinken', 'Annalena Baerbock', 'Pierre Dumont']],
    ],
  ])('a name after a title\'s remit: %s', async (_, text, expected) => {
    expect(people(await run(text))).toEqual(expected);
  });

  test('a title-only subject is the article\'s protagonist', async () => {
    const text = 'Prime Minister Li Qiang met Mauritian Prime Minister Ravindra Koothum on Monday.\nThe Premier next met his Belgian counterpart Jan Verhoeckx.';
    expect(people(await run(text))).toEqual([['Li Qiang', 'Ravindra Koothum'], ['Li Qiang', 'Jan Verhoeckx']]);
  });

  test.each([
    ['en', 'Wang Yi met Ronald Lamola in Pretoria on Monday.\nFILE PHOTO: Wang Yi attends a meeting with Sergei Lavrov in Moscow, Russia May 15, 2018. AGENCY/Jane Roe', '2018-05-15'],
    ['zh-Hans', '王毅周一在比勒陀利亚会见拉莫拉。\n资料图：2018年5月15日，王毅在莫斯科会见拉夫罗夫。', '2018-05-15'],
    ['zh-Hant', '王毅週一在比勒陀利亞會見拉莫拉。\n資料圖：2018年5月15日，王毅在莫斯科會見拉夫羅夫。', '2018-05-15'],
  ])('an archive photo caption with its date reports that earlier meeting (%s)', async (_, text, date) => {
    const meetings = (await run(text)).meetings;
    expect(meetings.find((m) => m.participants.some((p) => /Lavrov|拉夫罗夫|拉夫羅夫/.test(p.name)))?.date).toBe(date);
  });

  test('a pronoun subject in a trailing clause is the protagonist', async () => {
    const text = 'Wang Yi met Sergei Lavrov in Beijing on Monday.\nOn 3 May the Foreign Minister travelled to Pretoria, where he held talks with Ronald Lamola.';
    expect(people(await run(text))).toEqual([['Wang Yi', 'Sergei Lavrov'], ['Wang Yi', 'Ronald Lamola']]);
  });

  test('the same meeting reported twice is one meeting', async () => {
    expect(people(await run('王毅会见拉夫罗夫。双方交换了意见。拉夫罗夫同王毅会见时表示愿加强合作。'))).toEqual([['王毅', '拉夫罗夫']]);
  });

  test('place from 在X, with the English name among aliases', async () => {
    const [meeting] = (await run('王毅在南非约翰内斯堡会见拉夫罗夫。')).meetings;
    expect(meeting?.place).toEqual({ city: '约翰内斯堡', country: 'South Africa', venue: null, aliases: ['Johannesburg', '約翰尼斯堡', '約翰內斯堡', 'Joburg'] });
  });

  test('place from the dateline when the sentence gives none, but not for a phone call', async () => {
    const text = '中新社约翰内斯堡2月21日电 王毅会见拉夫罗夫。王毅同布林肯通电话。';
    expect((await run(text)).meetings.map((m) => m.place?.city ?? null)).toEqual(['约翰内斯堡', null]);
  });

  test('a known city carries its country and its names in the other scripts', async () => {
    expect((await run('Wang Yi met Sergei Lavrov in Vientiane on Friday.')).meetings[0]?.place).toMatchObject({ city: 'Vientiane', country: 'Laos', aliases: expect.arrayContaining(['万象', '永珍']) });
  });

  test('a city after descriptive words and a country in Chinese', async () => {
    const [meeting] = (await run('在土耳其外长阿尔坦奥卢参与下，拉夫罗夫、巴尔丘克在土耳其南部城市安塔利亚郊外举行会晤。')).meetings;
    expect(meeting?.place).toMatchObject({ city: '安塔利亚', aliases: expect.arrayContaining(['Antalya']) });
  });

  test('a later sentence that says where the meeting took place gives its place', async () => {
    const [meeting] = (await run('Sergei Lavrov has begun talks with his Lebanese counterpart Abdullah Bou Karam. "The meeting is taking place at the UN headquarters in New York," the agency said.')).meetings;
    expect(meeting?.place).toMatchObject({ city: 'New York', country: 'United States' });
  });

  test('a meeting that continues the report with its protagonist stays where the report was', async () => {
    const meetings = (await run('Narendra Modi met Sri Lankan President Anura Weerasena at Hyderabad House in New Delhi on Friday. The PM next met his Mauritian counterpart Ravindra Koothum.')).meetings;
    expect(meetings.map((m) => [m.participants[1]?.name, m.place?.city])).toEqual([['Anura Weerasena', 'New Delhi'], ['Ravindra Koothum', 'New Delhi']]);
  });

  test.each([
    ['en', 'Wang Yi met Sergei Lavrov in Moscow on Monday. Wang Yi also held talks with Sergei Shoigu.', 'Moscow'],
    ['zh-Hans', '王毅周一在莫斯科会见拉夫罗夫。王毅还同绍伊古举行会谈。', 'Moscow'],
    ['zh-Hant', '王毅週一在莫斯科會見拉夫羅夫。王毅還同紹伊古舉行會談。', 'Moscow'],
    ['en, after a trip', 'Wang Yi met Sergei Lavrov in Moscow on Monday. Wang Yi then travelled to Minsk. Wang Yi held talks with Alexander Lukashenko.', 'Minsk'],
    ['zh-Hans, after a trip', '王毅周一在莫斯科会见拉夫罗夫。随后王毅抵达明斯克。王毅同卢卡申科举行会谈。', 'Minsk'],
  ])('the same protagonist named again stays where the last meeting was, unless a trip took them on (%s)', async (_, text, city) => {
    const meetings = (await run(text)).meetings;
    // A Chinese article names the city in its own script, with the English name among the aliases.
    const cityOf = (m: (typeof meetings)[number]): string | undefined => [m.place?.city, ...(m.place?.aliases ?? [])].find((n) => n && /^[A-Z]/.test(n)) ?? undefined;
    expect(meetings.map(cityOf)).toEqual(['Moscow', city]);
  });

  test.each([
    ['"in the capital X"', 'Recep Tayyip Erdogan met Olaf Scholz in the capital Ankara on Friday.', 'Ankara'],
    ['a weekday glued to a venue', 'Donald Trump hosted Narendra Modi at the White House Monday.', 'Washington'],
    ['a country in the sentence, under a dateline city of that country', 'HARARE, May 3 (Reuters) - Cyril Ramaphosa held talks in Zimbabwe with Emmerson Mnangagwa.', 'Harare'],
    ['the same in Chinese', '新华社哈拉雷5月3日电 南非总统拉马福萨在津巴布韦同津巴布韦总统姆南加古瓦举行会谈。', '哈拉雷'],
    ['the same in traditional script', '新華社哈拉雷5月3日電 南非總統拉馬福薩在辛巴威同辛巴威總統姆南加古瓦舉行會談。', '哈拉雷'],
  ])('place from %s', async (_, text, city) => {
    expect((await run(text)).meetings[0]?.place?.city).toBe(city);
  });

  test('place from "in X, Country" in English', async () => {
    expect((await run('Wang Yi met Sergei Lavrov in Vangvieng, Laos on Friday.')).meetings[0]?.place).toEqual({ city: 'Vangvieng', country: 'Laos', venue: null, aliases: [] });
  });

  test.each([
    ['bilateral relations and a knowledge-base topic', '王毅会见拉夫罗夫。王毅表示,中俄关系稳步发展。双方就乌克兰危机交换了意见。', ['乌克兰危机', '中俄关系']],
    ['an issue the knowledge base lacks', '王毅会见拉夫罗夫。双方就冰川监测合作等问题交换了意见。', ['冰川监测合作']],
    ['a broad issue in the background is not what was discussed', '王毅会见拉夫罗夫。报道还提到了金融市场的波动。', []],
    ['a broad issue in the meeting sentence is', '王毅会见拉夫罗夫，双方就金融等问题交换了意见。', ['金融']],
    ['an English name matches whole words only', 'Wang Yi met Sergei Lavrov in the quadrangle on Friday.', []],
    ['English relations from bilateral ties', 'Wang Yi met Sergei Lavrov on Friday. They discussed bilateral ties.', ['China-Russia relations']],
    ['a field of cooperation in one side\'s speech is not what was discussed', '王毅会见拉夫罗夫。拉夫罗夫表示,俄方愿同中方加强高层交往,深化各领域务实合作。', []],
    ['a field of cooperation the meeting discussed is', '王毅会见拉夫罗夫。双方就深化务实合作交换了意见。', ['务实合作']],
    ['an issue in one side\'s speech is', '王毅会见拉夫罗夫。拉夫罗夫介绍了朝鲜半岛局势的最新发展。', ['朝鲜半岛问题']],
    ['what talks were expected to touch on was not discussed', 'Vladimir Putin met Recep Tayyip Erdogan on Saturday for talks expected to touch on the Syria crisis. The leaders could also discuss energy security.', []],
    ['what the sides will discuss was not discussed', '王毅会见拉夫罗夫。双方将就叙利亚局势进行讨论。', []],
    ['a phrase that describes talk is not a topic', 'Wang Yi met Sergei Lavrov on Friday. They discussed the continued response among partners.', []],
    ['a phrase that names an issue is', 'Wang Yi met Sergei Lavrov on Friday. They discussed the Caspian shipping corridor.', ['Caspian shipping corridor']],
    ['vague "some matters" is not a topic', '王毅会见拉夫罗夫。双方还就一些具体事宜交换意见。', []],
  ])('topics: %s', async (_, text, topics) => {
    expect((await run(text)).meetings[0]?.topics.map((t) => t.name)).toEqual(topics);
  });
});

test('a trip\'s destination is named in the article\'s own script', async () => {
  const [meeting] = (await run('英國首相施紀賢抵達倫敦。施紀賢同習近平舉行會談。')).meetings;
  expect(meeting?.place?.city).toBe('倫敦');
});

describe('which report a sentence belongs to', () => {
  test('a sentence naming one counterpart gives its topics to that meeting, not to the latest', async () => {
    const text = [
      'Subrahmanyam Jaishankar met UN Secretary-General Antonio Guterres on Monday.',
      'He also met Achim Steiner of the United Nations Development Programme.',
      'Guterres and Jaishankar also discussed the situation in Afghanistan.',
    ].join('\n');
    const topics = Object.fromEntries((await run(text)).meetings.map((m) => [m.participants[1]?.name, m.topics.map((t) => t.name)]));
    expect(topics).toEqual({ 'Antonio Guterres': ['Afghanistan issue'], 'Achim Steiner': [] });
  });

  test('a meeting recalled in someone\'s words does not take over the report it interrupts', async () => {
    const text = [
      '外交部长王毅8日在北京同俄罗斯外长拉夫罗夫举行会谈。',
      '王毅表示,中俄关系保持高水平运行。不久前,习近平主席同普京总统在莫斯科举行会晤,为两国关系指明方向。',
      '双方还就朝鲜半岛局势交换了意见。',
    ].join('\n');
    const [talks, recalled] = (await run(text)).meetings;
    expect(talks?.participants.map((p) => p.name)).toEqual(['王毅', '拉夫罗夫']);
    expect(talks?.topics.map((t) => t.name)).toContain('朝鲜半岛问题');
    expect(recalled?.participants.map((p) => p.name)).toEqual(['习近平', '普京']);
    expect(recalled?.topics.map((t) => t.name)).not.toContain('朝鲜半岛问题');
    // It happened "not long ago": not on the day of the talks.
    expect([talks?.date, recalled?.date]).toEqual(['2024-05-08', null]);
  });

  test.each([
    ['王毅在北京会见新西兰外长哈米什·塔利。塔利表示,新西兰高度重视对华关系。'],
    ['Wang Yi met New Zealand Foreign Minister Hamish Tully in Beijing on Friday. Tully said New Zealand valued its relations with China.'],
  ])('relations with China, said by the other side, are the two countries\' relations: %s', async (text) => {
    const [meeting] = (await run(text)).meetings;
    expect(meeting?.topics.flatMap((t) => [t.name, ...t.aliases])).toContain('China-New Zealand relations');
  });

  test.each([
    ['王毅8日同日本外相岸田明夫通电话。王毅表示,历史、台湾问题事关两国关系的政治基础。', ['历史问题', '台湾问题']],
    ['王毅8日同日本外相岸田明夫通電話。王毅表示,歷史、台灣問題事關兩國關係的政治基礎。', ['歷史問題', '台灣問題']],
  ])('a list with one shared head names each issue: %s', async (text, expected) => {
    const [meeting] = (await run(text)).meetings;
    expect(meeting?.topics.map((t) => t.name)).toEqual(expect.arrayContaining(expected));
  });

  test('a "so-called" list is a pretext, not a topic', async () => {
    const [meeting] = (await run('王毅8日在北京会见俄罗斯外长拉夫罗夫。拉夫罗夫表示,俄方反对任何势力借口所谓新疆、香港等问题干涉中国内政。')).meetings;
    expect(meeting?.topics.map((t) => t.name)).not.toEqual(expect.arrayContaining(['新疆问题']));
    expect(meeting?.topics.map((t) => t.name)).not.toEqual(expect.arrayContaining(['香港问题']));
  });

  test('what a recalled meeting is said to have done for the relations is said in the report it interrupts', async () => {
    const text = [
      '外交部长王毅8日在北京会见美国国务卿布林肯。',
      '王毅表示,不久前习近平主席同拜登总统在旧金山举行会晤,为中美关系指明了方向。',
    ].join('\n');
    const [meeting, recalled] = (await run(text)).meetings;
    expect(meeting?.participants.map((p) => p.name)).toEqual(['王毅', '布林肯']);
    expect(meeting?.topics.map((t) => t.name)).toContain('中美关系');
    expect(recalled?.topics.map((t) => t.name)).toContain('中美关系');
  });
});

describe('the seed article', () => {
  const dir = new URL('../../../shared/seed/', import.meta.url);
  const file = readdirSync(dir).find((name) => name.endsWith('.txt')) ?? '';
  const text = readFileSync(new URL(file, dir), 'utf8');

  test('yields Wang Yi meeting Lavrov in Johannesburg on 2025-02-20, and nothing from the teasers', async () => {
    const result = await run(text, null);
    expect(result.lang).toBe('zh-Hans');
    expect(result.meetings).toHaveLength(1);
    const [meeting] = result.meetings;
    expect(meeting?.participants.map((p) => p.name)).toEqual(['王毅', '拉夫罗夫']);
    expect(meeting?.date).toBe('2025-02-20');
    expect(meeting?.place?.aliases).toContain('Johannesburg');
    expect(meeting?.topics.map((t) => t.aliases.find((a) => /^[A-Z]/.test(a)) ?? t.name)).toEqual(expect.arrayContaining(['China-Russia relations', 'Ukraine crisis']));
    expect(meeting?.topics.map((t) => t.name)).toContain('中东局势');
  });
});
