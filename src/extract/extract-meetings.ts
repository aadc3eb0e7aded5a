import type { CleanedArticle } from '../ingest/index.ts';
import { MAX_MEETINGS, MAX_PARTICIPANTS, type ArticleTriples, type Meeting, type Participant, type Place, type Topic } from './article-triples.ts';
import { assignReportSentences, type ReportSpan } from './assign-report-sentences.ts';
import { explained, type Explain } from './explain.ts';
import type { Lexicon } from './lexicon.ts';
import { linkTopics, type TopicWindow } from './link-topics.ts';
import type { MeetingCandidate } from './meeting-candidate.ts';
import type { Mention } from './mention.ts';
import type { LanguageProfile, PreparedSentence } from './profiles/language-profile.ts';
import { profileFor } from './profiles/registry.ts';
import { latestOpening } from './profiles/paragraph-opening.ts';
import { isStandIn } from './profiles/speaker-mentions.ts';
import type { TripPlace } from './find-place.ts';
import { resolveDate, yearFromWeekday, type ReportDate } from './resolve-date.ts';

/** A sentence about where the reported meeting was held. */
const WHERE_IT_WAS = /\b(?:the|their|this) (?:meeting|talks|call|conversation|encounter|summit) (?:is |was |were |are )?(?:being )?(?:taking place|took place|takes place|held|hosted)\b|(?:会见|会谈|会晤|会面)(?:在|于)[^，。]{1,20}举行/i;

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


/**
 * "X met A and B on Monday" is one meeting of three or two of X, and English does not say which.
 * When the same article also reports X meeting one of them alone ("Before his meeting with A, X
 * met B"), it is telling them apart: the list becomes one meeting with each.
 */
function separateListedMeetings(candidates: readonly MeetingCandidate[], keyOf: (m: Mention) => string): MeetingCandidate[] {
  const pairs = new Set(candidates.filter((c) => c.participants.length === 2 && !c.needsSubject).map((c) => c.participants.map(keyOf).sort().join('|')));
  return candidates.flatMap((candidate) => {
    const [subject, ...others] = candidate.participants;
    if (!subject || others.length !== 2 || candidate.needsSubject || candidate.kind === 'phone_call') return [candidate];
    const alone = others.some((other) => pairs.has([keyOf(subject), keyOf(other)].sort().join('|')));
    return alone ? others.map((other) => ({ ...candidate, participants: [subject, other] })) : [candidate];
  });
}

/** Whether a second report of the same people is another meeting: another day, medium or occasion. */
function anotherMeeting(existing: { readonly date: string | null; readonly medium: Medium; readonly sentence: number }, date: string | null, candidate: MeetingCandidate): boolean {
  if (candidate.recalled) return true;
  if (existing.date && date && existing.date !== date) return true;
  // "…举行视讯会议，会谈持续约3小时": the talks of the same sentence are the video meeting's.
  return existing.medium !== mediumOf(candidate) && existing.sentence !== candidate.sentence;
}

/** How a meeting was held: a call, a video meeting and one in person are three meetings. */
type Medium = 'phone' | 'video' | 'in person';
const mediumOf = (candidate: MeetingCandidate): Medium => (candidate.kind === 'phone_call' ? 'phone' : candidate.video ? 'video' : 'in person');

/**
 * The meetings an article reports. The article's language profile segments each sentence and
 * finds its people, dates and meeting frames; frames with two or more named participants
 * become meetings, dated by the nearest date expression (else the nearest earlier one, else the
 * report's date), placed by the sentence or the dateline, with topics from the sentences of the
 * same report. The same people meeting twice in one article is one meeting reported twice,
 * unless the reports differ in day or medium, or the second recalls an earlier meeting.
 * `explain` hears what became of every sentence that could report a meeting.
 */
export function extractMeetings(article: CleanedArticle, lex: Lexicon, today: Date = new Date(), explain?: Explain, checkpoint: () => void = () => {}): ArticleTriples {
  const profile: LanguageProfile = profileFor(article.lang);
  const keyOf = (mention: Mention): string => mention.person?.id ?? mention.surface.toLowerCase().replace(/[\s·.]/g, '');
  const participant = (mention: Mention): Participant => {
    const person = mention.person;
    const names = person ? [person.en, person.zhHans, person.zhHant, ...person.aliases] : [];
    const name = profile.displayName(mention);
    return { name, aliases: [...new Set(names)].filter((n) => n !== name).slice(0, 50), title: mention.title ?? person?.title ?? null, country: mention.country ?? person?.country ?? null };
  };
  const prepared = profile.prepare(article, lex, checkpoint);
  const found = prepared.flatMap((p, index) => {
    checkpoint();
    return profile.findMeetings(p, index, prepared[index + 1] ?? null, explain);
  });
  const candidates = separateListedMeetings(found, keyOf);
  const ref = reportDate(article);
  const datelinePlace = article.dateline?.city ? profile.placeFromDateline(lex, article.dateline.city) : null;
  const lead = prepared.slice(0, 3).flatMap((p) => p.mentions.filter((m) => !isStandIn(m)))[0] ?? null;

  // Meetings in order, each with its people's key and whether it was held by phone, video or in person.
  const meetings: { meeting: Meeting; readonly key: string; readonly sentence: number; readonly medium: Medium }[] = [];
  // The report each meeting belongs to, for its topics once all are known.
  const reports: (ReportSpan & { readonly held: (typeof meetings)[number]; readonly countries: readonly string[] })[] = [];
  let lastReportKeys: ReadonlySet<string> = new Set();
  let lastPeople: readonly Mention[] = [];
  // The subject of the last meeting: who "The PM next met…" or "随后又会见了…" is about.
  let protagonist: Mention | null = lead;
  let lastDate: string | null = null;
  // Where the last meeting in person was, who held it, and in which sentence.
  let lastPlace: Place | null = null;
  let lastPlaceHost: string | null = null;
  let lastPlaceSentence = -1;
  const meetingsByKey = new Map<string, (typeof meetings)[number][]>();
  // How many candidates each sentence holds.
  const candidatesIn = new Map<number, number>();
  for (const c of candidates) candidatesIn.set(c.sentence, (candidatesIn.get(c.sentence) ?? 0) + 1);
  // The sentence of the next candidate in a later sentence, for each candidate: where its report may look for its place.
  const nextCandidateSentence: number[] = [];
  for (let n = candidates.length - 1, next = prepared.length; n >= 0; n--) {
    nextCandidateSentence[n] = next;
    if (candidates[n - 1]?.sentence !== candidates[n]?.sentence) next = candidates[n]?.sentence ?? next;
  }
  // The last date of the nearest earlier sentence that has one and resolves, found once per sentence.
  const datesBefore: (string | null)[] = [null];
  const lastDateBefore = (sentence: number): string | null => {
    for (let k = datesBefore.length - 1; k < sentence; k++) {
      const last = prepared[k]?.dates.at(-1);
      datesBefore[k + 1] = (last ? resolveDate(last, ref, datesBefore[k] ?? null) : null) ?? datesBefore[k] ?? null;
    }
    return datesBefore[sentence] ?? null;
  };
  // Where the article last said someone travelled, up to each sentence: found once per sentence.
  const trips: (TripPlace | null)[] = [];
  const lastTripUpTo: ({ readonly place: Place; readonly sentence: number } | null)[] = [];
  const tripBefore = (sentence: number, at: number): { readonly place: Place; readonly sentence: number } | null => {
    for (let k = trips.length; k <= sentence; k++) {
      const q = prepared[k];
      const found = q ? profile.findTripPlace(lex, q) : null;
      // "马克龙将访问上海": a trip planned takes nobody anywhere yet.
      const lead = found && q ? q.text.slice(0, found.index).split(/[，,；;]/).pop() ?? '' : '';
      trips[k] = found && profile.vocabulary.modalityBefore.find(lead) === null ? found : null;
      const trip = trips[k];
      lastTripUpTo[k] = trip ? { place: trip.place, sentence: k } : (lastTripUpTo[k - 1] ?? null);
    }
    const here = trips[sentence];
    // In the meeting's own sentence, only a trip named before the meeting ("During his visit to Moscow, … met").
    return here && here.index < at ? { place: here.place, sentence } : (lastTripUpTo[sentence - 1] ?? null);
  };
  // The latest city or venue named before each sentence, found once per sentence as meetings go.
  const namedUpTo: (Place | null)[] = [];
  const placeNamedBefore = (sentence: number): Place | null => {
    for (let k = namedUpTo.length; k < sentence; k++) {
      const q = prepared[k];
      const named = q ? profile.findPlace(lex, q) : null;
      namedUpTo[k] = named?.city || named?.venue ? named : (namedUpTo[k - 1] ?? null);
    }
    return namedUpTo[sentence - 1] ?? null;
  };
  const tell = (candidate: MeetingCandidate, people: readonly Mention[], verdict: 'kept' | 'dropped' | 'same meeting', reason: string): void =>
    explain?.({ sentence: candidate.sentence, text: article.sentences[candidate.sentence]?.text ?? '', frame: candidate.frame, kind: candidate.kind, participants: explained(people), verdict, reason });

  // The sentence where a schedule opens (根据行程, "according to the itinerary"), per sentence: what
  // follows it in its paragraph is planned. One pass; -1 where no schedule runs.
  const scheduleFrom: number[] = [];
  prepared.forEach((q, k) => {
    scheduleFrom[k] = latestOpening(article, k, profile.vocabulary.schedules.find(q.text) !== null, scheduleFrom[k - 1] ?? -1);
  });

  candidates.forEach((candidate, n) => {
    checkpoint();
    const p = prepared[candidate.sentence];
    if (!p) return;
    const from = scheduleFrom[candidate.sentence] ?? -1;
    const schedule = from >= 0 ? profile.vocabulary.schedules.find(prepared[from]?.text ?? '') : null;
    if (schedule && (from < candidate.sentence || schedule.index <= candidate.at)) {
      tell(candidate, candidate.participants, 'dropped', `in a schedule, not stated as having happened: ${schedule.cue}`);
      return;
    }
    // 我 and 总统先生 in quoted words: the speaker, and the one the speaker met in this report.
    const speaker = candidate.participants.some(isStandIn) ? (profile.speakerOf(prepared, article, candidate.sentence) ?? protagonist) : null;
    const counterpart = speaker ? (lastPeople.find((m) => keyOf(m) !== keyOf(speaker)) ?? null) : null;
    const named = candidate.participants.flatMap((m) => (!isStandIn(m) ? [{ ...m }] : m.via === 'speaker' ? (speaker ? [{ ...speaker, via: 'speaker' }] : []) : counterpart ? [{ ...counterpart, via: 'addressee' }] : []));
    // Nobody meets themselves: "Lavrov met Kerry. … he held talks with Lavrov" is Kerry. Nor is
    // the subject someone named before the verb but not counted as a party (a companion, a source).
    const namedKeys = new Set(named.map(keyOf));
    const setAside = new Set(p.mentions.filter((m) => m.end <= candidate.at).map(keyOf).filter((k) => !namedKeys.has(k)));
    const fits = (m: Mention): boolean => !namedKeys.has(keyOf(m)) && !setAside.has(keyOf(m));
    const previous = protagonist && fits(protagonist) ? protagonist : (lastPeople.find(fits) ?? null);
    const people = candidate.refersToPair && named.length < 2 ? [...lastPeople.map((m) => ({ ...m, via: 'the pair reported before' })), ...named] : candidate.needsSubject && previous ? (candidate.objectStandsIn ? [...named, { ...previous, via: 'report subject' }] : [{ ...previous, via: 'report subject' }, ...named]) : named;
    const byKey = [...new Map(people.map((m) => [keyOf(m), m])).values()];
    const names = new Set<string>();
    const unique = byKey.filter((m) => !names.has(participant(m).name) && Boolean(names.add(participant(m).name)));
    if (unique.length < 2) {
      tell(candidate, unique, 'dropped', candidate.refersToPair ? 'refers to two people, but no meeting was reported before' : 'fewer than two named people');
      return;
    }
    if (unique.length > MAX_PARTICIPANTS) {
      tell(candidate, unique, 'dropped', `more than ${MAX_PARTICIPANTS} named people: a list, not a report of who met`);
      return;
    }
    const key = [...unique.map(keyOf)].sort().join('|');
    const keys = new Set(unique.map(keyOf));
    const aside = reports.length > 0 && ![...keys].some((k) => lastReportKeys.has(k)) && profile.inReportedSpeech(article, candidate.sentence, candidate.at);
    const countries = unique.map((m) => m.country ?? m.person?.country).filter((c): c is string => Boolean(c));
    if (!aside && !candidate.recalled) {
      lastReportKeys = keys;
      // The one the report follows stays so while they take part ("Meeting with A, Modi said…" is still Modi's report).
      // A pronoun for them (接见了他) hands the report to the one named.
      protagonist = (protagonist && unique.find((m) => keyOf(m) === keyOf(protagonist!) && m.via !== 'report subject')) ?? unique[0] ?? protagonist;
      lastPeople = unique;
    }

    // The nearest date expression that resolves: "周一" says nothing without a report date, "6月17日" does.
    let date: string | null = null;
    // 同日 and "the next day" count from the date given just before: earlier in the sentence, else before it.
    const givenBefore = (at: number): string | null => {
      const earlier = p.dates.filter((d) => d.index < at && d.fromLast === undefined).map((d) => resolveDate(d, ref)).filter((d) => d !== null);
      return earlier.at(-1) ?? lastDateBefore(candidate.sentence);
    };
    for (const expression of [...p.dates].sort((a, b) => Math.abs(a.index - candidate.at) - Math.abs(b.index - candidate.at))) {
      date = resolveDate(expression, ref, expression.fromLast === undefined ? null : givenBefore(expression.index));
      if (date !== null) break;
    }
    // "周一…6月17日" on a page with no year: the weekday fixes it.
    const weekday = p.dates.find((d) => d.weekday !== null)?.weekday;
    if (date?.startsWith('--') && weekday != null) date = yearFromWeekday(date, weekday, today) ?? date;
    // A meeting mentioned in passing or recalled has only the day its own sentence gives.
    if (!aside && !candidate.recalled) {
      // A meeting reported without a day continues the previous one's ("The PM next met…").
      date ??= lastDate;
      date ??= lastDateBefore(candidate.sentence);
      if (date === null && ref.day !== null) date = resolveDate({ index: 0, year: ref.year, month: ref.month, day: ref.day, offset: null, weekday: null }, ref);
      lastDate = date;
    }

    const remote = candidate.kind === 'phone_call' || candidate.video;
    const nextSentence = nextCandidateSentence[n] ?? prepared.length;
    const placeOf = (q: PreparedSentence): Place | null => profile.findPlace(lex, q);
    let place: Place | null = remote ? null : placeOf(p);
    if (!aside && !remote && !candidate.recalled) {
      // "The meeting is taking place at the UN headquarters in New York": a later sentence of the
      // same report that says where the meeting itself was.
      if (!place) {
        const followUp = prepared.slice(candidate.sentence + 1, Math.min(nextSentence, candidate.sentence + 6)).find((q) => WHERE_IT_WAS.test(q.text));
        if (followUp) place = placeOf(followUp);
      }
      // "The PM next met…", "Earlier, Lavrov held talks with…": a report that continues with the
      // last meeting's protagonist stays where it was, unless a trip since took them elsewhere.
      // "Kerry visited Moscow … Before the talks, Kerry met Putin": where the trip went.
      const trip = place ? null : tripBefore(candidate.sentence, candidate.at);
      const continues = candidate.needsSubject || (lastPlaceHost !== null && keyOf(unique[0]!) === lastPlaceHost);
      if (!place && continues && lastPlace && !(trip && trip.sentence >= lastPlaceSentence)) place = lastPlace;
      place ??= trip?.place ?? null;
      place ??= datelinePlace;
      // "During the visit, Wang Yi also held talks…": where the article last said something took
      // place, before this report.
      place ??= placeNamedBefore(candidate.sentence);
      // "talks with his counterparts in Zimbabwe" under a Harare dateline: the dateline's city, in
      // the same country, says more than the country alone.
      if (place && !place.city && !place.venue && datelinePlace?.city && datelinePlace.country === place.country) place = datelinePlace;
      if (place) [lastPlace, lastPlaceHost, lastPlaceSentence] = [place, keyOf(unique[0]!), candidate.sentence];
    }

    const both = unique.filter((m) => m.person).length;
    const confidence = Math.min(0.95, 0.6 + 0.1 * both + (date ? 0.05 : 0) + (candidate.needsSubject || candidate.refersToPair ? -0.15 : 0.1));
    const sentence = article.sentences[candidate.sentence];

    const samePeople = meetingsByKey.get(key) ?? [];
    const existing = samePeople.find((m) => !anotherMeeting({ date: m.meeting.date, medium: m.medium, sentence: m.sentence }, date, candidate));
    if (existing) {
      // A sentence that reports another meeting too (韩正会见布林肯之前，王毅与苏利文在马耳他会晤)
      // may name that one's place: a repeated report lends its place only when it is alone.
      const alone = candidatesIn.get(candidate.sentence) === 1;
      existing.meeting = { ...existing.meeting, date: existing.meeting.date ?? date, place: existing.meeting.place ?? (alone ? place : null) };
      reports.push({ sentence: candidate.sentence, keys, aside, countries, held: existing });
      tell(candidate, unique, 'same meeting', 'the same people, reported again');
      return;
    }
    if (meetings.length >= MAX_MEETINGS) {
      tell(candidate, unique, 'dropped', `the article already reports ${MAX_MEETINGS} meetings, the most one article may hold`);
      return;
    }
    const held = {
      key,
      sentence: candidate.sentence,
      medium: mediumOf(candidate),
      meeting: {
        // A call stays a call however many join it; a meeting of three or more is multilateral.
        kind: unique.length >= 3 && candidate.kind !== 'phone_call' ? 'multilateral' : candidate.kind,
        participants: unique.map(participant),
        date,
        place,
        topics: [],
        event: null,
        evidence: sentence?.text ?? p.original,
        confidence: Math.round(confidence * 100) / 100,
      } satisfies Meeting as Meeting,
    };
    meetings.push(held);
    meetingsByKey.set(key, [...samePeople, held]);
    reports.push({ sentence: candidate.sentence, keys, aside, countries, held });
    tell(candidate, unique, 'kept', aside ? 'a meeting mentioned in passing' : candidate.recalled ? 'an earlier meeting, recalled' : 'a meeting stated as having happened');
  });

  // Topics come from the sentences of each meeting's own report; the same meeting reported twice
  // has the topics of both reports.
  const owned = assignReportSentences(reports, prepared.map((q) => q.mentions.filter((m) => !isStandIn(m)).map(keyOf)));
  const topicsOf = new Map<(typeof meetings)[number], Topic[]>();
  // Reports with the same sentences and countries (a list of meetings in one sentence) share one search.
  const topicsFound = new Map<string, Topic[]>();
  reports.forEach((report, i) => {
    const sentences = owned[i] ?? [];
    const memo = `${sentences.join(',')}|${report.countries.join(',')}`;
    let found = topicsFound.get(memo);
    if (!found) {
      const window: TopicWindow[] = sentences.map((s) => prepared[s]).filter((q): q is PreparedSentence => Boolean(q)).map((q) => ({ text: q.text, original: q.original }));
      found = linkTopics(lex, article.lang, window, report.countries);
      topicsFound.set(memo, found);
    }
    const earlier = topicsOf.get(report.held) ?? [];
    topicsOf.set(report.held, [...earlier, ...found.filter((t) => !earlier.some((e) => e.name === t.name))].slice(0, 50));
  });
  const withTopics = meetings.map((m) => ({ ...m.meeting, topics: topicsOf.get(m) ?? [] }));

  return { url: article.url, title: article.title, published: article.published, lang: article.lang, meetings: withTopics };
}
