import { z } from 'zod';
import { MEETING_KINDS } from '../article-triples.ts';

/** A cue with the sentence of the project's own that shows it; the tests run every example. */
const Entry = z.strictObject({
  cue: z.string().min(1),
  example: z.string().min(1),
  /** Matched as written (English "may" the verb, not "May" the month). */
  caseSensitive: z.boolean().optional(),
  /** What, right after the cue, makes it another word (未 in 未来, 我 in 我们). */
  unlessFollowedBy: z.array(z.string().min(1)).optional(),
});

const Frame = Entry.extend({
  kind: z.enum(MEETING_KINDS),
  /** The verb takes the other side as its object, so a report may leave its subject out. */
  transitive: z.boolean().optional(),
  /** Held over video: a meeting with no place. */
  video: z.boolean().optional(),
  /** Sets the scene ("on the sidelines of"): a later verb in the sentence is the one that states the meeting. */
  setting: z.boolean().optional(),
  /** A call ("spoke with"), unless the sentence sets it somewhere in person ("on the sidelines of"): then a meeting. */
  inPersonWhenSet: z.boolean().optional(),
});

/** A cue followed by where someone travelled; the example's meeting is held at `place` (in English). */
const Trip = Entry.extend({ place: z.string().min(1) });

const Positioned = Entry.extend({
  /** Before the meeting verb in its clause, right before it (announced talks), or right after it. */
  position: z.enum(['before', 'adjacent', 'after']),
  why: z.string().optional(),
});

/** One language's report vocabulary, as its data file holds it. */
export const VocabularySchema = z.strictObject({
  $comment: z.string().optional(),
  /** Words and phrases that state a meeting, with its kind. */
  frames: z.array(Frame).min(1),
  /** A frame followed by these is not a meeting between people (会见记者, met reporters). */
  notMeetings: z.array(Positioned),
  /** Plans, hopes, conditions, denials, cancellations: not meetings that happened. */
  modality: z.array(Positioned),
  /** What opens a schedule (根据行程, according to the itinerary): the meetings after it in its paragraph are planned. */
  schedules: z.array(Entry).optional(),
  /** One subject meeting several people one after another: a meeting with each. */
  separately: z.array(Entry),
  /** Several people in one meeting. */
  together: z.array(Entry),
  /** Someone chairs a meeting that the people of `attended` attend: one multilateral meeting. */
  chaired: z.array(Entry),
  attended: z.array(Entry),
  /** What a chair chairs: 会议, 外长会, meeting, summit. */
  meetingNouns: z.array(z.string()).min(1),
  /** Words that refer back to the two people of the last meeting (两人, the two leaders). */
  pairReferences: z.array(Entry),
  /** A subject that names nobody (he, the French president, 他, 这位总统): the report's protagonist, the one it is about. */
  standInSubjects: z.array(Entry),
  /** An object that names nobody (hosted him): the report's protagonist. */
  standInObjects: z.array(Entry).optional(),
  /** Words before or after a name that make it no participant (转达习近平的问候, 受普京委托). */
  notParticipantBefore: z.array(z.union([z.string(), z.strictObject({ cue: z.string().min(1), unlessFollowedBy: z.array(z.string().min(1)) })])).optional(),
  notParticipantAfter: z.array(z.string()).optional(),
  /** Verbs of reported speech (表示, said). */
  speech: z.array(z.string()).min(1),
  /** In quoted words, the speaker (我, I) and the one spoken to (总统先生, you). */
  firstPerson: z.array(Entry),
  addressee: z.array(Entry),
  /** Words that place a meeting before the one being reported (去年, 首次, last year): a second meeting of the same pair. */
  recalled: z.array(Entry),
  /** Words followed by a trip's destination (visited, arrived in, 抵达): where a later meeting with no place of its own was held. */
  trips: z.array(Trip),
  /** Words before a date that make it the page's (Updated July 12, 发布时间), never a meeting's. */
  pageStamps: z.array(z.string()),
  /** Title words of the language itself; the knowledge base's titles are added to these. */
  titles: z.array(z.string()).min(1),
  /** Family names that open a name the segmenter does not know, read after a title (副部长孙卫东, 处长谷立言). */
  familyNames: z.array(z.string().min(1)).optional(),
});

export type Vocabulary = z.infer<typeof VocabularySchema>;
export type FrameEntry = z.infer<typeof Frame>;
