import type { Lexicon } from './lexicon.ts';

/** A word of a segmented Chinese sentence with its part of speech and position. */
export interface Token {
  readonly word: string;
  readonly tag: string;
  readonly start: number;
  readonly end: number;
}

/** jieba's words and tags with positions (jieba returns words in order, covering the text). */
export function tokenizeChinese(lex: Lexicon, text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const { word, tag } of lex.jieba.tag(text, true)) {
    const start = text.indexOf(word, at);
    if (start < 0) continue;
    tokens.push({ word, tag, start, end: start + word.length });
    at = start + word.length;
  }
  return tokens;
}
