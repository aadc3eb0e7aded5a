import type { ArticleTriplesInput } from '../src/extract/index.ts';
import { loadKnowledgeBase } from '../src/kb/index.ts';
import { pick, seededRandom, zipfSampler } from './seeded-random.ts';

/** A generated person: one name in English and one in Chinese, as two outlets would write it, and a country. */
export interface SyntheticPerson {
  readonly en: string;
  readonly zh: string;
  /** ISO 3166 alpha-2. */
  readonly country: string;
}

/** Countries people come from, drawn with a power law as well: a few send most of the diplomats. */
const COUNTRIES = ['CN', 'US', 'RU', 'FR', 'DE', 'GB', 'JP', 'IN', 'BR', 'TR', 'IR', 'SA', 'EG', 'ZA', 'KR', 'ID', 'PK', 'NG', 'MX', 'AR', 'IT', 'ES', 'PL', 'UA', 'KZ', 'VN', 'TH', 'MY', 'AU', 'CA', 'QA', 'AE', 'IL', 'JO', 'ET', 'KE', 'CL', 'CU', 'RS', 'HU'];

export interface SyntheticMeeting {
  readonly kind: 'meeting' | 'talks' | 'phone_call' | 'multilateral';
  readonly people: readonly number[];
  readonly date: string;
  readonly place: { readonly city: string; readonly country: string };
  readonly topics: readonly string[];
  /** How many articles report it (1 to 3). */
  readonly reports: number;
}

export interface SyntheticGraph {
  readonly people: readonly SyntheticPerson[];
  readonly meetings: readonly SyntheticMeeting[];
}

const GIVEN = ['Aleks', 'Boris', 'Carla', 'Dario', 'Elena', 'Farid', 'Greta', 'Hamid', 'Irina', 'Jonas', 'Karim', 'Lena', 'Marco', 'Nadia', 'Oskar', 'Priya', 'Rafael', 'Sofia', 'Tomas', 'Umar', 'Vera', 'Walid', 'Yara', 'Zoran'];
const GIVEN_ZH = ['阿列克', '鲍里斯', '卡拉', '达里奥', '叶莲娜', '法里德', '格蕾塔', '哈米德', '伊琳娜', '约纳斯', '卡里姆', '莲娜', '马尔科', '娜迪亚', '奥斯卡', '普丽娅', '拉斐尔', '索菲亚', '托马斯', '乌马尔', '薇拉', '瓦利德', '雅拉', '佐兰'];
const FAMILY = ['Abarov', 'Belkin', 'Castell', 'Dorn', 'Ekwueme', 'Faraji', 'Gallo', 'Haddad', 'Ivanic', 'Jansen', 'Kovacs', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quispe', 'Rahman', 'Silva', 'Tanaka', 'Uribe', 'Varga', 'Weber', 'Yilmaz', 'Zamora', 'Achebe', 'Brandt', 'Costa', 'Duarte', 'Engel'];
const FAMILY_ZH = ['阿巴罗夫', '别尔金', '卡斯特尔', '多恩', '埃奎梅', '法拉吉', '加洛', '哈达德', '伊万尼奇', '扬森', '科瓦奇', '林德奎斯特', '莫罗', '中村', '奥卡福', '彼得罗夫', '基斯佩', '拉赫曼', '席尔瓦', '田中', '乌里韦', '瓦尔加', '韦伯', '耶尔马兹', '萨莫拉', '阿切贝', '勃兰特', '科斯塔', '杜阿尔特', '恩格尔'];
const MIDDLE = 'ABCDEFGHIJKLMNOPRSTUVWZ';
const MIDDLE_ZH = '安贝采德埃菲格哈伊扬卡卢米尼奥佩罗斯泰乌维瓦泽';

/**
 * Distinct synthetic people: given × middle initial × family, in English and Chinese; past
 * 16,560 people (1M meetings need 125,000) a second middle initial keeps every name distinct.
 */
function syntheticPeople(count: number): SyntheticPerson[] {
  // Its own fixed sequence: the meetings drawn below are the same with or without countries,
  // and a person keeps one country in every graph generated (the benchmark adds a second one).
  const country = zipfSampler(COUNTRIES.length, 1, seededRandom(1_000_003));
  const people: SyntheticPerson[] = [];
  for (let i = 0; people.length < count; i++) {
    const g = i % GIVEN.length;
    const f = Math.floor(i / GIVEN.length) % FAMILY.length;
    const m = Math.floor(i / (GIVEN.length * FAMILY.length)) % MIDDLE.length;
    const second = Math.floor(i / (GIVEN.length * FAMILY.length * MIDDLE.length));
    const [m2, m2zh] = second === 0 ? ['', ''] : [` ${MIDDLE[second - 1]}.`, MIDDLE_ZH[second - 1]];
    people.push({ en: `${GIVEN[g]} ${MIDDLE[m]}.${m2} ${FAMILY[f]}`, zh: `${GIVEN_ZH[g]}·${MIDDLE_ZH[m]}${m2zh}·${FAMILY_ZH[f]}`, country: COUNTRIES[country()]! });
  }
  return people;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2010, 0, 1);
const LAST_DAY = Date.UTC(2026, 5, 30);

/**
 * A meeting graph shaped like the news: power-law attendance (a few leaders attend thousands of
 * meetings), 2 or 3 participants and 5% multilateral meetings of 3 to 8, 1 to 3 topics, 1 to 3
 * reports, places in their countries, dates 2010–2026, people from 40 countries (power law). The same seed gives the same graph.
 */
export function generateGraph(meetingCount: number, seed = 7): SyntheticGraph {
  const random = seededRandom(seed);
  const people = syntheticPeople(Math.max(200, Math.round(meetingCount / 8)));
  const attendee = zipfSampler(people.length, 1.05, random);
  const kb = loadKnowledgeBase();
  const countryName = new Map(kb.countries.map((c) => [c.iso2, c.names.en]));
  const cities = kb.places.filter((p) => p.kind === 'city').map((p) => ({ city: p.names.en, country: countryName.get(p.country) ?? p.country }));
  const topics = kb.topics.map((t) => t.names.en);
  const meetings: SyntheticMeeting[] = [];
  for (let i = 0; i < meetingCount; i++) {
    const multilateral = random() < 0.05;
    const size = multilateral ? 3 + Math.floor(random() * 6) : random() < 0.8 ? 2 : 3;
    const chosen = new Set<number>();
    while (chosen.size < size) chosen.add(attendee());
    const call = !multilateral && random() < 0.2;
    meetings.push({
      kind: multilateral ? 'multilateral' : call ? 'phone_call' : random() < 0.5 ? 'talks' : 'meeting',
      people: [...chosen],
      date: new Date(FIRST_DAY + Math.floor(random() * ((LAST_DAY - FIRST_DAY) / DAY_MS)) * DAY_MS).toISOString().slice(0, 10),
      place: pick(cities, random),
      topics: [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(topics, random)))],
      reports: random() < 0.6 ? 1 : random() < 0.75 ? 2 : 3,
    });
  }
  return { people, meetings };
}

/**
 * The graph as articles in Parley's ingest format: each report of a meeting is one article, in
 * English or in Chinese, so one meeting arrives under both scripts' names and must become one.
 */
export function* articlesOf(graph: SyntheticGraph): Generator<ArticleTriplesInput> {
  for (const [i, meeting] of graph.meetings.entries()) {
    for (let r = 0; r < meeting.reports; r++) {
      const chinese = (i + r) % 2 === 1;
      yield {
        url: `https://bench.parley.example/${i}/${r}`,
        title: `Meeting ${i}`,
        published: meeting.date,
        lang: chinese ? 'zh-Hans' : 'en',
        meetings: [
          {
            kind: meeting.kind,
            participants: meeting.people.map((p) => {
              const person = graph.people[p]!;
              return chinese ? { name: person.zh, aliases: [person.en], country: person.country } : { name: person.en, aliases: [person.zh], country: person.country };
            }),
            date: meeting.date,
            place: meeting.place,
            topics: meeting.topics.map((name) => ({ name })),
            evidence: `${meeting.people.map((p) => graph.people[p]!.en).join(' and ')} met on ${meeting.date}.`,
            confidence: 0.9,
          },
        ],
      };
    }
  }
}
