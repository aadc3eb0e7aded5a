import type { MeetingKind } from './article-triples.ts';
import type { Mention } from './mention.ts';

/** A participant as `--explain` shows it: the name and how it was found. */
export interface ExplainedParticipant {
  readonly name: string;
  readonly via: string;
}

/**
 * What became of one sentence that could report a meeting: the frame that matched, who it found
 * and from where, and why the meeting was kept or dropped.
 */
export interface SentenceExplanation {
  readonly sentence: number;
  readonly text: string;
  readonly frame: string | null;
  readonly kind: MeetingKind | null;
  readonly participants: readonly ExplainedParticipant[];
  readonly verdict: 'kept' | 'dropped' | 'same meeting';
  readonly reason: string;
}

/** Receives explanations as extraction goes; extraction without one records nothing. */
export type Explain = (entry: SentenceExplanation) => void;

export function explained(mentions: readonly Mention[]): ExplainedParticipant[] {
  return mentions.map((m) => ({ name: m.surface, via: m.via }));
}
