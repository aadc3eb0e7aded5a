import type { Lang } from '../extract/article-triples.ts';

/** One sentence of the cleaned text, located in the cleaned text and in the original. */
export interface Sentence {
  readonly text: string;
  /** Position in the cleaned text. */
  readonly start: number;
  readonly end: number;
  /** Position in the original (the text or HTML as given). */
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** Index of the line (paragraph) it belongs to: reports rarely cross paragraphs. */
  readonly paragraph: number;
}

/** The agency line opening a report: 新华社北京8月28日电, MOSCOW, Feb 7 (Reuters) -. */
export interface Dateline {
  /** The city as written (北京, MOSCOW → Moscow). */
  readonly city: string | null;
  readonly month: number | null;
  readonly day: number | null;
}

/** An article ready for extraction: noise removed, sentences split, language known. */
export interface CleanedArticle {
  readonly url: string;
  readonly title: string | null;
  /** From the input, else a date printed at the top of the page; null when neither gives one. */
  readonly published: string | null;
  readonly lang: 'zh-Hans' | 'zh-Hant' | 'en';
  /** The cleaned text. */
  readonly text: string;
  /** The text or HTML as given, which sentence source offsets point into. */
  readonly source: string;
  readonly sentences: readonly Sentence[];
  readonly dateline: Dateline | null;
}

export type { Lang };
