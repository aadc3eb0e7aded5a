import { explained, type Explain } from './explain.ts';
import { findChairedMeeting, type SentenceView } from './find-chaired-meeting.ts';
import type { MeetingCandidate } from './meeting-candidate.ts';
import type { Mention } from './mention.ts';
import type { CompiledVocabulary, FrameMatch } from './vocabulary/compile-vocabulary.ts';

/** Words that open a trailing clause before its subject (", where he held talks with"). */
const CLAUSE_OPENER = /^\s*(?:(?:where|and|then|there)\s+)?/i;

/** The clause's subject is a pronoun or a title alone (vocabulary `standInSubjects`), also after a first clause: the report's protagonist. */
function subjectStandsIn(vocab: CompiledVocabulary, lead: string): boolean {
  const openings = [lead, lead.replace(/^[^,]*,/, '')].map((x) => x.replace(CLAUSE_OPENER, ''));
  // A title alone, as officials' own readouts write it: "External Affairs Minister held talks with…".
  const titleAlone = (x: string): boolean => vocab.titles.some((title) => title.toLowerCase() === x.trim().toLowerCase());
  return openings.some((x) => vocab.standInSubjects.startsWith(x, 0) !== null || titleAlone(x));
}

/**
 * Where the verb's objects end: a new clause about something else ("…, the first call between
 * the two since Trump took office", "…, China's foreign ministry said").
 */
const OBJECTS_END = /;|:|,\s*(?:the first|the second|the latest|which|who|whose|where|when|while|after|before|as|since|according|saying|said|adding|but|amid|following|focusing|stressing|emphasizing|to discuss|to explore)\b|\s(?:since|after|before|said|says|told|according to|following|amid|when|while|who|which|whose|where|ahead of|to discuss|to explore|that)\b/;

/** A second predicate of the same subject: "…, and is expected to meet…", "and will travel". */
const NEXT_PREDICATE = /,?\s+(?:and|but)\s+(?:is|are|was|were|will|would|plans?|expects?|hopes?|intends?)\b/i;

/** "Before his meeting with A, X met B": the opening phrase names another meeting. */
const EARLIER_MEETING = /^(?:before|after|following|ahead of|prior to)\s+(?:his|her|their|the)\s+(?:meeting|talks|call|conversation)s?\s+with\b[^,]{0,120},\s*/i;

/** The clause around `at`: from the last ; or : or the sentence start. */
function clauseStart(text: string, at: number): number {
  return Math.max(text.lastIndexOf(';', at), text.lastIndexOf(':', at), -1) + 1;
}

/**
 * A name described in an apposition is no participant: "Steve Witkoff, Donald Trump's envoy"
 * (a possessive), "…, the envoy of Joe Biden". The possessive of a meeting is its subject:
 * "Sherman's meeting with Rinkevics", "Modi's first bilateral meeting … was with Sirisena".
 */
function described(vocab: CompiledVocabulary, text: string, mention: Mention): boolean {
  const after = text.slice(mention.end, mention.end + 80);
  if (!/^['’]s\b/.test(after)) return false;
  const words = /^['’]s\s+((?:[\w-]+\s+){0,3})/.exec(after);
  if (!words) return true;
  const owned = vocab.frames(after.slice(words[0].length - (words[1] ?? '').length))[0];
  return !(owned && owned.index <= (words[1] ?? '').length);
}

/** What may follow a pronoun object: the end of the clause or a preposition, not a noun it possesses. */
const OBJECT_ENDS = /^\s*(?:$|[,.;:]|(?:at|in|on|for|during|and|to|when|after|before|last|this|yesterday|today|over|via|by)\b)/i;

/** "X met A after his talks with B": a second meeting, held before the one the sentence states. */
const EARLIER_IN_SENTENCE = /\b(?:after|following)\s+(?:his|her|their)\s+(?:(meeting|talks|phone call|call)s?)\s+with\b([^,;.]*)/i;

/** A spokesperson's title before a name: the source of the report, not a party to it. */
const SPOKESPERSON = /\b(?:spokes(?:man|woman|person)|press secretary|press officer|press attaché)\s+$/i;
/** …or after it, in an apposition: "Mumtaz Zahra Baloch, spokesperson of the ministry, said". */
const SPOKESPERSON_AFTER = /^,\s*(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){0,3}?(?:spokes(?:man|woman|person)|press secretary)\b/i;
const isSpokesperson = (text: string, mention: Mention): boolean => SPOKESPERSON.test(text.slice(Math.max(0, mention.start - 40), mention.start)) || SPOKESPERSON_AFTER.test(text.slice(mention.end, mention.end + 60));

/**
 * A source, not a party: a spokesperson ("Kremlin spokesman Dmitry Peskov"), or a name after the
 * meeting's verb that goes on to speak ("…with Macron, Kremlin aide Dmitry Peskov told reporters").
 */
function isSource(vocab: CompiledVocabulary, text: string, mention: Mention, verbEnd: number, setting: boolean): boolean {
  if (isSpokesperson(text, mention)) return true;
  // The attribution is a clause of its own, after a comma or a quote; after a scene-setting
  // phrase ("In their meeting, A, B and C confirmed…") the speakers are the parties.
  const ownClause = /[,"“”]\s*(?:\S+\s+){0,6}$/.test(text.slice(verbEnd, mention.start));
  return !setting && ownClause && mention.start >= verbEnd && vocab.speech.startsWith(text.slice(mention.end), 1) !== null;
}

/**
 * The meeting an English sentence states (one per sentence: its verbs describe one event, but
 * "held separate meetings with A and B" is one with each): met (with), held talks, spoke by
 * phone, received, hosted, the meeting between, chaired … attended. Plans, hopes, conditions and
 * cancellations are dropped.
 */
export function findEnglishMeetings(vocab: CompiledVocabulary, whole: string, allMentions: readonly Mention[], sentence: number, next: SentenceView | null, explain?: Explain): MeetingCandidate[] {
  const drop = (frame: FrameMatch | null, people: readonly Mention[], reason: string): MeetingCandidate[] => {
    explain?.({ sentence, text: whole, frame: frame?.cue ?? null, kind: frame?.kind ?? null, participants: explained(people), verdict: 'dropped', reason });
    return [];
  };
  const chaired = findChairedMeeting(vocab, whole, allMentions.filter((m) => !described(vocab, whole, m)), sentence, next);
  if (chaired) return [chaired];
  const opening = EARLIER_MEETING.exec(whole)?.[0].length ?? 0;
  const text = ' '.repeat(opening) + whole.slice(opening);
  const mentions = allMentions.filter((m) => m.start >= opening && !described(vocab, text, m));
  const frames = vocab.frames(text).filter((f) => !vocab.notMeetingAfter.startsWith(text.slice(f.index + f.length), 12));
  if (frames.length === 0) return [];
  // The kind is the most specific frame's (a call beats talks beats a meeting); the clause is the first frame's.
  const rank = (f: FrameMatch): number => ['phone_call', 'visit', 'talks', 'multilateral', 'meeting'].indexOf(f.kind) - (f.video ? 10 : 0);
  const kindFrame = [...frames].filter((f) => !f.setting || frames.every((g) => g.setting)).sort((a, b) => rank(a) - rank(b))[0]!;
  const first = frames.find((f) => !f.setting) ?? frames[0]!;
  const start = clauseStart(text, first.index);
  // "A summit was proposed following a phone call between them": what precedes "following" or
  // "after" is another event, and its hedge is not the call's.
  const leading = text.slice(start, first.index).split(/,\s*(?:which|who|as|while|after|when)\b|\b(?:following|after)\s/).pop() ?? '';
  // "…held talks with Lavrov and is scheduled to call on Putin": a hedge in a later predicate is
  // that predicate's, not the meeting's.
  const adjacent = vocab.modalityAdjacent.find(text.slice(Math.max(start, first.index - 30), first.index));
  const justBefore = adjacent && /^\s*(?:(?:a|an|the|new|fresh)\s+)?$/i.test(text.slice(Math.max(start, first.index - 30) + adjacent.index + adjacent.length, first.index)) ? adjacent : null;
  const hedge = justBefore ?? vocab.modalityBefore.find(leading) ?? vocab.modalityAfter.find((text.slice(first.index, first.index + 120).split(/[.;]/)[0] ?? '').split(NEXT_PREDICATE)[0] ?? '');
  if (hedge) return drop(kindFrame, mentions, `not stated as having happened: ${hedge.cue}`);
  const subjects = mentions.filter((m) => m.start >= start && m.start < first.index && !isSource(vocab, text, m, first.index + first.length, first.setting));
  const rest = text.slice(first.index + first.length);
  const objectsEnd = first.index + first.length + Math.min(OBJECTS_END.exec(rest)?.index ?? rest.length, NEXT_PREDICATE.exec(rest)?.index ?? rest.length);
  const named = mentions.filter((m) => m.start >= first.index && m.start < objectsEnd);
  let objects = named.filter((m) => !isSource(vocab, text, m, first.index + first.length, first.setting));
  // Quoted words that state a meeting with one side named: their speaker is the other side
  // ("Had a good meeting with Ramaphosa," Modi wrote), not its source.
  const speaker = named.find((m) => !objects.includes(m) && /["“”]/.test(text.slice(first.index, m.start)) && !isSpokesperson(text, m));
  if (speaker && subjects.length + objects.length === 1) objects = [...objects, speaker];
  // "He met Aliyev, and the two then attended…": a stand-in subject comes before a later "the two".
  // "Trump hosted him at the White House": the object stands in for the protagonist ("her
  // husband" is a possessive, not an object).
  const afterVerb = text.slice(first.index + first.length).trimStart();
  const object = subjects.length === 1 && objects.length === 0 ? vocab.standInObjects.startsWith(afterVerb, 0) : null;
  const objectStandsIn = object !== null && OBJECT_ENDS.test(afterVerb.slice(object.length));
  // "During his meeting with A, B said…": the possessive is B's, named after the comma.
  const possessive = /\b(?:his|her)\s*$/i.test(text.slice(start, first.index));
  const standIn = objectStandsIn || (subjects.length === 0 && objects.length > 0 && !(possessive && objects.length > 1) && subjectStandsIn(vocab, text.slice(start, first.index)));
  const refersToPair = !standIn && subjects.length + objects.length < 2 && vocab.pairReferences.find(text.slice(start, objectsEnd)) !== null;
  const needsSubject = !refersToPair && standIn;
  if (subjects.length + objects.length < 2 && !needsSubject && !refersToPair) return drop(kindFrame, [...subjects, ...objects], 'fewer than two named people');
  const recalled = vocab.recalled.find(text.slice(start, objectsEnd)) !== null;
  const earlier = subjects.length === 1 ? EARLIER_IN_SENTENCE.exec(text.slice(objectsEnd)) : null;
  // The kind is the most specific frame's among those that state this meeting, not the earlier one named after it.
  const earlierStart = earlier ? objectsEnd + earlier.index : text.length;
  const ownFrame = [...frames].filter((f) => f.index < earlierStart && (!f.setting || frames.every((g) => g.setting))).sort((a, b) => rank(a) - rank(b))[0] ?? kindFrame;
  // "spoke briefly with Lavrov on the sidelines of the G20 meeting": face to face, not a call.
  const inPerson = ownFrame.inPersonWhenSet && frames.some((f) => f.setting && f.kind !== 'phone_call');
  const base = { sentence, kind: inPerson ? ('meeting' as const) : ownFrame.kind, frame: ownFrame.cue, at: first.index, refersToPair, recalled, video: ownFrame.video };
  const earlierAt = earlier ? objectsEnd + earlier.index + earlier[0].length - (earlier[2] ?? '').length : -1;
  const earlierWith = earlier ? mentions.filter((m) => m.start >= earlierAt && m.end <= earlierAt + (earlier[2] ?? '').length) : [];
  const alsoEarlier: MeetingCandidate[] = earlierWith.slice(0, 1).map((m) => ({ ...base, kind: /call/i.test(earlier?.[1] ?? '') ? 'phone_call' : /talks/i.test(earlier?.[1] ?? '') ? 'talks' : 'meeting', frame: earlier?.[0] ?? '', participants: [subjects[0]!, m], needsSubject: false, recalled: true, video: false }));
  // "held separate meetings with A and B", "spoke with A and B": one meeting with each.
  const together = vocab.together.find(text);
  const separately = vocab.separately.find(text);
  const subject = subjects.length === 1 ? subjects[0] : undefined;
  if (!together && objects.length >= 2 && (subject || needsSubject) && (separately || ownFrame.kind === 'phone_call')) {
    return [...objects.map((object) => ({ ...base, participants: subject ? [subject, object] : [object], needsSubject: !subject })), ...alsoEarlier];
  }
  return [{ ...base, participants: [...subjects, ...objects], needsSubject }, ...alsoEarlier];
}
