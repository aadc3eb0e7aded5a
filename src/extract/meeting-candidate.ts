import type { MeetingKind } from './article-triples.ts';
import type { Mention } from './mention.ts';

/** A meeting a sentence states, before dates, places and topics are attached. */
export interface MeetingCandidate {
  readonly sentence: number;
  readonly kind: MeetingKind;
  /** The frame's cue as its vocabulary table writes it, for `--explain`. */
  readonly frame: string;
  /** Where the meeting verb stands in the sentence (dates nearest to it win). */
  readonly at: number;
  readonly participants: readonly Mention[];
  /** The subject is a pronoun or left out ("The PM next met…", "随后又会见了…"). */
  readonly needsSubject: boolean;
  /** The side left out is the verb's object (接见了他, hosted him), so the one named comes first. */
  readonly objectStandsIn?: boolean;
  /** The sides are "the two leaders", 两人: the people of the meeting reported before. */
  readonly refersToPair: boolean;
  /** A meeting placed before the one being reported (去年, "last met"): never merged into it. */
  readonly recalled: boolean;
  /** Held over video: no place. */
  readonly video: boolean;
}
