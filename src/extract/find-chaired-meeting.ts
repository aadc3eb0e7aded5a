import type { MeetingCandidate } from './meeting-candidate.ts';
import type { Mention } from './mention.ts';
import type { CompiledVocabulary } from './vocabulary/compile-vocabulary.ts';

/** A sentence as the chaired-meeting rule reads it. */
export interface SentenceView {
  readonly text: string;
  readonly mentions: readonly Mention[];
}

/** How far after the chair's verb its meeting noun may stand (主持召开金砖国家外长会晤). */
const NOUN_REACH = 40;

/**
 * One multilateral meeting of a chair and its attendees: 王毅主持召开外长会晤。A、B、C出席 /
 * "X chaired the meeting; A, B and C attended" / "X presided over the meeting, attended by A and B".
 * The chair is the person named before the chair's verb; the attendees are named before the
 * attending verb (or after "attended by"), in the same sentence or the next one.
 */
export function findChairedMeeting(vocab: CompiledVocabulary, text: string, mentions: readonly Mention[], sentence: number, next: SentenceView | null): MeetingCandidate | null {
  const chair = vocab.chaired.find(text);
  if (!chair) return null;
  const afterChair = chair.index + chair.length;
  const noun = vocab.meetingNouns.find(text.slice(afterChair, afterChair + NOUN_REACH));
  const subject = mentions.filter((m) => m.end <= chair.index).at(-1);
  if (!noun || !subject) return null;
  const attendees = (view: SentenceView, from: number): { readonly cue: string; readonly people: Mention[] } => {
    const cue = vocab.attended.find(view.text.slice(from));
    if (!cue) return { cue: '', people: [] };
    const at = from + cue.index;
    // "attended by A and B" names them after the verb; 拉夫罗夫、布林肯出席 before it.
    const by = /\bby$/.test(cue.cue);
    return { cue: cue.cue, people: view.mentions.filter((m) => m !== subject && (by ? m.start >= at + cue.length : m.start >= from && m.end <= at)) };
  };
  const here = attendees({ text, mentions }, afterChair);
  const found = here.people.length > 0 ? here : next ? attendees(next, 0) : here;
  if (found.people.length === 0) return null;
  return { sentence, kind: 'multilateral', frame: `${chair.cue} … ${found.cue}`, at: chair.index, participants: [subject, ...found.people], needsSubject: false, refersToPair: false, recalled: false, video: false };
}
