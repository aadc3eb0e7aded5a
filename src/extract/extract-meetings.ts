import type { CleanedArticle } from '../ingest/index.ts';
import type { ArticleTriples, Meeting, Participant, Place, Topic } from './article-triples.ts';
import { findChineseMeetings } from './find-chinese-meetings.ts';
import { findChinesePeople } from './find-chinese-people.ts';
import { findDates, type DateExpression } from './find-dates.ts';
import { findEnglishMeetings } from './find-english-meetings.ts';
import { findEnglishPeople } from './find-english-people.ts';
import { findChinesePlace, findEnglishPlace, placeFromDateline } from './find-place.ts';
import type { Lexicon } from './lexicon.ts';
import { assignReportSentences, type ReportSpan } from './assign-report-sentences.ts';
import { linkTopics, type TopicWindow } from './link-topics.ts';
import type { MeetingCandidate } from './meeting-candidate.ts';
import type { Mention } from './mention.ts';
import { resolveDate, yearFromWeekday, type ReportDate } from './resolve-date.ts';
import { tokenizeChinese, type Token } from './tokenize-chinese.ts';

/** A sentence prepared for matching. */
interface Prepared {
  /** Simplified Chinese, or the English as written. */
  readonly text: string;
  readonly original: string;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly dates: readonly DateExpression[];
}

/** A sentence about where the reported meeting was held. */
const WHERE_IT_WAS = /\b(?:the|their|this) (?:meeting|talks|call|conversation|encounter|summit) (?:is |was |were |are )?(?:being )?(?:taking place|took place|takes place|held|hosted)\b|(?:会见|会谈|会晤|会面)(?:在|于)[^，。]{1,20}举行/i;

/** A paragraph or sentence that reports what someone said: 王毅表示，…; "Wang said …". */
const ZH_SPEECH = /^[^，,。：:]{1,16}?(?:表示|说|指出|强调|介绍|认为|称|回顾)/;
const EN_SPEECH = /\b(?:said|says|told|recalled|noted|added|wrote)\b/i;

/** Whether a meeting is stated inside someone's reported words rather than as the news. */
function inReportedSpeech(article: CleanedArticle, index: number, at: number, chinese: boolean): boolean {
  const sentence = article.sentences[index];
  if (!sentence) return false;
  const opening = article.sentences.find((s) => s.paragraph === sentence.paragraph) ?? sentence;
  if (chinese) return ZH_SPEECH.test(opening.text) || ZH_SPEECH.test(sentence.text) || /(?:表示|说|指出|强调)[，,]/.test(sentence.text.slice(0, at));
  return EN_SPEECH.test(sentence.text.slice(0, at));
}

function reportDate(article: CleanedArticle): ReportDate {
  const [y, m, d] = (article.published ?? '').split('-').map(Number);
  const published: ReportDate = article.published && /^\d{4}-\d{2}-\d{2}$/.test(article.published) ? { year: y ?? null, month: m ?? null, day: d ?? null } : { year: null, month: null, day: null };
  const line = article.dateline;
  if (!line || line.day === null) return published;
  const month = line.month ?? published.month;
  if (published.year === null || month === null) return { year: null, month, day: line.day };
  const later = published.month !== null && (month > published.month || (month === published.month && line.day > (published.day ?? 31) + 1));
  return { year: later ? published.year - 1 : published.year, month, day: line.day };
}

function keyOf(mention: Mention): string {
  return mention.person?.id ?? mention.surface.toLowerCase().replace(/[\s·.]/g, '');
}

function participant(mention: Mention, lang: CleanedArticle['lang']): Participant {
  const person = mention.person;
  const names = person ? [person.en, person.zhHans, person.zhHant, ...person.aliases] : [];
  const name = person && lang === 'en' && !mention.surface.includes(' ') ? person.en : mention.surface;
  return {
    name,
    aliases: [...new Set(names)].filter((n) => n !== name).slice(0, 50),
    title: mention.title ?? person?.title ?? null,
    country: mention.country ?? person?.country ?? null,
  };
}

/** English sentences need compromise only where a meeting verb might be: it is the slow part. */
const EN_HINT = /\b(?:met|meets|meeting|talks|phone|spoke|received|hosted|welcomed|called on|sidelines|margins|sat down|greeted|video)\b/i;

/**
 * "X met A and B on Monday" is one meeting of three or two of X, and English does not say which.
 * When the same article also reports X meeting one of them alone ("Before his meeting with A, X
 * met B"), it is telling them apart: the list becomes one meeting with each.
 */
function separateListedMeetings(candidates: readonly MeetingCandidate[]): MeetingCandidate[] {
  const pairs = new Set(candidates.filter((c) => c.participants.length === 2 && !c.needsSubject).map((c) => c.participants.map(keyOf).sort().join('|')));
  return candidates.flatMap((candidate) => {
    const [subject, ...others] = candidate.participants;
    if (!subject || others.length !== 2 || candidate.needsSubject || candidate.kind === 'phone_call') return [candidate];
    const alone = others.some((other) => pairs.has([keyOf(subject), keyOf(other)].sort().join('|')));
    return alone ? others.map((other) => ({ ...candidate, participants: [subject, other] })) : [candidate];
  });
}

/**
 * The meetings an article reports. Each sentence is segmented (Chinese) or scanned (English) for
 * named people; meeting verbs with two or more named participants become meetings, dated by the
 * nearest date expression (else the nearest earlier one, else the report's date), placed by the
 * sentence or the dateline, with topics from the sentences of the same report. The same people
 * meeting twice in one article is one meeting reported twice.
 */
export function extractMeetings(article: CleanedArticle, lex: Lexicon, today: Date = new Date()): ArticleTriples {
  const chinese = article.lang !== 'en';
  const seenEn = new Map<string, Mention>();
  const seenZh = new Map<string, Mention>();
  const prepared: Prepared[] = article.sentences.map((sentence) => {
    if (chinese) {
      const text = lex.simplify(sentence.text);
      const tokens = tokenizeChinese(lex, text);
      const found = findChinesePeople(lex, text, sentence.text, tokens);
      for (const [name, earlier] of seenZh) {
        const at = text.indexOf(name);
        if (at >= 0 && !found.some((m) => at < m.end && at + name.length > m.start)) found.push({ ...earlier, start: at, end: at + name.length });
      }
      for (const m of found) if (!m.person && m.end - m.start >= 2) seenZh.set(text.slice(m.start, m.end), m);
      found.sort((a, b) => a.start - b.start);
      return { text, original: sentence.text, tokens, mentions: found, dates: findDates(text, 'zh') };
    }
    const extra = EN_HINT.test(sentence.text) ? lex.englishPeople(sentence.text) : [];
    const mentions = findEnglishPeople(lex, sentence.text, seenEn, extra);
    for (const m of mentions) {
      seenEn.set(m.surface.toLowerCase(), m);
      const last = m.surface.split(/\s+/).pop();
      if (last && m.surface.includes(' ')) seenEn.set(last.toLowerCase(), m);
    }
    return { text: sentence.text, original: sentence.text, tokens: [], mentions, dates: findDates(sentence.text, 'en') };
  });

  const found: MeetingCandidate[] = prepared.flatMap((p, index) => (chinese ? findChineseMeetings(p.text, p.mentions, index) : findEnglishMeetings(p.text, p.mentions, index)));
  const candidates = chinese ? found : separateListedMeetings(found);
  const ref = reportDate(article);
  const datelinePlace = article.dateline?.city ? placeFromDateline(lex, article.dateline.city, chinese) : null;
  const lead = prepared.slice(0, 3).flatMap((p) => p.mentions)[0] ?? null;

  const meetings: Meeting[] = [];
  const byPeople = new Map<string, Meeting>();
  // The report each meeting belongs to, for its topics once all are known.
  const reports: (ReportSpan & { readonly meetingKey: string; readonly countries: readonly string[] })[] = [];
  let lastReportKeys: ReadonlySet<string> = new Set();
  // The subject of the last meeting: who "The PM next met…" or "随后又会见了…" is about.
  let protagonist: Mention | null = lead;
  let lastDate: string | null = null;
  let lastPlace: Place | null = null;
  candidates.forEach((candidate, n) => {
    const p = prepared[candidate.sentence];
    if (!p) return;
    const previous = protagonist;
    const people = candidate.needsSubject && previous ? [previous, ...candidate.participants] : [...candidate.participants];
    const byKey = [...new Map(people.map((m) => [keyOf(m), m])).values()];
    const unique = byKey.filter((m, i) => byKey.findIndex((o) => participant(o, article.lang).name === participant(m, article.lang).name) === i);
    if (unique.length < 2) return;
    const key = [...unique.map(keyOf)].sort().join('|');
    const keys = new Set(unique.map(keyOf));
    const aside = reports.length > 0 && ![...keys].some((k) => lastReportKeys.has(k)) && inReportedSpeech(article, candidate.sentence, candidate.at, chinese);
    const countries = unique.map((m) => m.country ?? m.person?.country).filter((c): c is string => Boolean(c));
    reports.push({ sentence: candidate.sentence, keys, aside, meetingKey: key, countries });
    if (!aside) {
      lastReportKeys = keys;
      protagonist = unique[0] ?? protagonist;
    }

    // The nearest date expression that resolves: "周一" says nothing without a report date, "6月17日" does.
    let date: string | null = null;
    for (const expression of [...p.dates].sort((a, b) => Math.abs(a.index - candidate.at) - Math.abs(b.index - candidate.at))) {
      date = resolveDate(expression, ref);
      if (date !== null) break;
    }
    // "周一…6月17日" on a page with no year: the weekday fixes it.
    const weekday = p.dates.find((d) => d.weekday !== null)?.weekday;
    if (date?.startsWith('--') && weekday != null) date = yearFromWeekday(date, weekday, today) ?? date;
    // A meeting mentioned in passing has only the day and place its own sentence gives.
    if (!aside) {
      // A meeting reported without a day continues the previous one's ("The PM next met…").
      date ??= lastDate;
      for (let k = candidate.sentence - 1; date === null && k >= 0; k--) {
        const dates = prepared[k]?.dates ?? [];
        const last = dates[dates.length - 1];
        if (last) date = resolveDate(last, ref);
      }
      if (date === null && ref.day !== null) date = resolveDate({ index: 0, year: ref.year, month: ref.month, day: ref.day, offset: null, weekday: null }, ref);
      lastDate = date;
    }

    const nextSentence = candidates.slice(n + 1).find((c) => c.sentence > candidate.sentence)?.sentence ?? prepared.length;
    const placeOf = (q: Prepared): Place | null => (chinese ? findChinesePlace(lex, q.text, q.original, q.tokens) : findEnglishPlace(lex, q.text, lex.englishPlaces(q.text)));
    let place: Place | null = placeOf(p);
    if (!aside) {
      // "The meeting is taking place at the UN headquarters in New York": a later sentence of the
      // same report that says where the meeting itself was.
      if (!place && candidate.kind !== 'phone_call') {
        const followUp = prepared.slice(candidate.sentence + 1, Math.min(nextSentence, candidate.sentence + 6)).find((q) => WHERE_IT_WAS.test(q.text));
        if (followUp) place = placeOf(followUp);
      }
      // "The PM next met…": a report that continues with its protagonist stays where it was.
      if (!place && candidate.needsSubject && candidate.kind !== 'phone_call') place = lastPlace;
      if (!place && candidate.kind !== 'phone_call') place = datelinePlace;
      if (place) lastPlace = place;
    }

    const both = unique.filter((m) => m.person).length;
    const confidence = Math.min(0.95, 0.6 + 0.1 * both + (date ? 0.05 : 0) + (candidate.needsSubject ? -0.15 : 0.1));
    const sentence = article.sentences[candidate.sentence];

    const existing = byPeople.get(key);
    if (existing) {
      const merged: Meeting = { ...existing, date: existing.date ?? date, place: existing.place ?? place };
      meetings[meetings.indexOf(existing)] = merged;
      byPeople.set(key, merged);
      return;
    }
    const meeting: Meeting = {
      // A call stays a call however many join it; a meeting of three or more is multilateral.
      kind: unique.length >= 3 && candidate.kind !== 'phone_call' ? 'multilateral' : candidate.kind,
      participants: unique.map((m) => participant(m, article.lang)),
      date,
      place,
      topics: [],
      event: null,
      evidence: sentence?.text ?? p.original,
      confidence: Math.round(confidence * 100) / 100,
    };
    byPeople.set(key, meeting);
    meetings.push(meeting);
  });

  // Topics come from the sentences of each meeting's own report; the same meeting reported twice
  // has the topics of both reports.
  const owned = assignReportSentences(reports, prepared.map((q) => q.mentions.map(keyOf)));
  const topicsOf = new Map<string, Topic[]>();
  reports.forEach((report, i) => {
    const window: TopicWindow[] = (owned[i] ?? []).map((s) => prepared[s]).filter((q): q is Prepared => Boolean(q)).map((q) => ({ text: q.text, original: q.original }));
    const found = linkTopics(lex, article.lang, window, report.countries);
    const earlier = topicsOf.get(report.meetingKey) ?? [];
    topicsOf.set(report.meetingKey, [...earlier, ...found.filter((t) => !earlier.some((e) => e.name === t.name))].slice(0, 50));
  });
  const keyOfMeeting = new Map([...byPeople].map(([key, meeting]) => [meeting, key]));
  const withTopics = meetings.map((m) => ({ ...m, topics: topicsOf.get(keyOfMeeting.get(m) ?? '') ?? [] }));

  return { url: article.url, title: article.title, published: article.published, lang: article.lang, meetings: withTopics };
}
