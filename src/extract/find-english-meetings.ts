import type { MeetingKind } from './article-triples.ts';
import type { MeetingCandidate } from './meeting-candidate.ts';
import type { Mention } from './mention.ts';

const PHONE = /\b(?:spoke|spoken|talked|speaks|talks|held talks)\s+(?:by|over the|on the|via)\s+(?:tele)?phone\b|\b(?:tele)?phone (?:call|conversation|talks)\b|\bspoke (?:with|to)\b[^.]{0,80}?\b(?:by|over the|on the) (?:tele)?phone\b|\bvideo (?:call|conference|link)\b/i;
const TALKS = /\b(?:held|holds|had|has begun|have begun|began|begins|opened|hold)\s+(?:[\w-]+\s+){0,3}?talks\b|\btalks with\b|\bfor (?:[\w-]+\s+)?talks\b/i;
const MEETING = /\bmet\b|\bmeets\b|\bmeeting with\b|\bheld (?:a |an )?(?:[\w-]+\s+){0,2}?meeting\b|\bbilateral meeting\b|\breceived\b|\bhosted\b|\bwelcomed\b|\bcalled on\b|\bon the (?:sidelines|margins) of\b|\bsat down with\b|\bgreeted\b/i;
/** Plans, hopes, conditions and denials in the verb's clause before it. */
// Case-sensitive: "May 6" is a date, "may meet" a possibility.
const MODAL_BEFORE = /\b(?:[Ww]ill|would|shall|may|might|could|expected|expects|plans?|planned|planning|set to|scheduled to|due to|hopes?|hoping|wants?|seeks?|intends?|likely|going to|ready to|proposed|possible|potential|upcoming|ahead of|if|whether|not|never|didn't|won't|cancel\w*|postpon\w*|refus\w*|declin\w*|den(?:y|ied|ies)|next week|next month|tomorrow|later this|If|Whether)\b/;
/** The meeting called off after the verb: "…talks with X were cancelled". */
const MODAL_AFTER = /^[^.;]{0,80}?\b(?:was|were|has been|had been|have been|is|are)\s+(?:cancel\w*|postpon\w*|called off|scrapped|delayed|put off|expected|scheduled|planned|set)\b/i;
/** A subject that is a pronoun or a title alone: the report's protagonist. */
const ELIDED_SUBJECT = /^(?:[^,]*,\s*)?(?:he|she|the (?:pm|prime minister|president|minister|foreign minister|secretary|chancellor|premier|leader|king|emir)|the (?:indian|chinese|us|u\.s\.|russian|british|french|german|japanese)\s+\w+)\b/i;

/**
 * Where the verb's objects end: a new clause about something else ("…, the first call between
 * the two since Trump took office", "…, China's foreign ministry said").
 */
const OBJECTS_END = /;|:|,\s*(?:the first|the second|the latest|which|who|whose|where|when|while|after|before|as|since|according|saying|said|adding|but|amid|following)\b|\s(?:since|after|before|said|says|told|according to|following|amid|when|while|who|which|whose|where|ahead of)\b/;

/** The clause around `at`: from the last ; or sentence start. */
function clauseBefore(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(';', at), text.lastIndexOf(':', at), -1) + 1;
  return text.slice(start, at);
}

/**
 * The meeting an English sentence states (one per sentence: its verbs describe one event):
 * met (with), held talks, talks with, spoke by phone, received, hosted, welcomed, on the
 * sidelines of. Plans, hopes, conditions and cancellations are skipped.
 */
export function findEnglishMeetings(whole: string, allMentions: readonly Mention[], sentence: number): MeetingCandidate[] {
  // "Before his meeting with A, X met B": the opening phrase names another meeting; the sentence
  // states the one of its main clause. Offsets stay those of the whole sentence.
  const opening = EARLIER_MEETING.exec(whole)?.[0].length ?? 0;
  const text = ' '.repeat(opening) + whole.slice(opening);
  const mentions = allMentions.filter((m) => m.start >= opening);
  const phone = PHONE.exec(text);
  const talks = TALKS.exec(text);
  const meeting = MEETING.exec(text);
  const trigger = phone ?? talks ?? meeting;
  if (!trigger) return [];
  const kind: MeetingKind = phone ? 'phone_call' : talks ? 'talks' : 'meeting';
  const first = [phone, talks, meeting].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0] ?? trigger;
  if (MODAL_BEFORE.test(clauseBefore(text, first.index).split(/,\s*(?:which|who|as|while|after|when)\b/).pop() ?? '')) return [];
  if (MODAL_AFTER.test(text.slice(first.index))) return [];
  const clauseStart = Math.max(text.lastIndexOf(';', first.index), text.lastIndexOf(':', first.index), -1) + 1;
  const subjects = mentions.filter((m) => m.start >= clauseStart && m.start < first.index);
  const rest = text.slice(first.index + first[0].length);
  const objectsEnd = first.index + first[0].length + (OBJECTS_END.exec(rest)?.index ?? rest.length);
  const objects = mentions.filter((m) => m.start >= first.index && m.start < objectsEnd);
  const needsSubject = subjects.length === 0 && objects.length > 0 && ELIDED_SUBJECT.test(text.slice(0, first.index));
  if (subjects.length + objects.length < 2 && !needsSubject) return [];
  // "held bilateral talks with A and B": one meeting with each, not one of three.
  if (BILATERAL.test(text) && subjects.length === 1 && objects.length >= 2) {
    return objects.map((object) => ({ sentence, kind, at: first.index, participants: [subjects[0]!, object], needsSubject: false }));
  }
  return [{ sentence, kind, at: first.index, participants: [...subjects, ...objects], needsSubject }];
}

const EARLIER_MEETING = /^(?:before|after|following|ahead of|prior to)\s+(?:his|her|their|the)\s+(?:meeting|talks|call|conversation)s?\s+with\b[^,]{0,120},\s*/i;

const BILATERAL = /\bbilateral (?:talks|meetings?)\b|\bseparate(?:ly)? (?:talks|meetings?)\b|\bmet separately\b/i;
