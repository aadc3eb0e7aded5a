import type { KnownPerson } from './lexicon.ts';

/** A named person found in a sentence. */
export interface Mention {
  /** Position in the sentence. */
  readonly start: number;
  readonly end: number;
  /** The name as written (Chinese: in the sentence's own script). */
  readonly surface: string;
  readonly person: KnownPerson | null;
  /** The title next to the name, as written. */
  readonly title: string | null;
  /** English country name from the title chain (俄罗斯外长, Russian Foreign Minister). */
  readonly country: string | null;
  /**
   * How the name was found: "knowledge base", "title + name", "name + title", "dotted name",
   * "Latin name", "earlier in the article", "name model", "report subject", "speaker", "addressee".
   */
  readonly via: string;
}
