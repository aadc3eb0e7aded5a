import type { MeetingKind } from './article-triples.ts';
import type { Mention } from './mention.ts';

/** A meeting a sentence states, before dates, places and topics are attached. */
export interface MeetingCandidate {
  readonly sentence: number;
  readonly kind: MeetingKind;
  /** Where the meeting verb stands in the sentence (dates nearest to it win). */
  readonly at: number;
  readonly participants: readonly Mention[];
  /** The subject is a pronoun or left out ("The PM next met…", "随后又会见了…"). */
  readonly needsSubject: boolean;
}
