import type { Lexicon } from './lexicon.ts';
import type { Token } from './tokenize-chinese.ts';
import type { Mention } from './mention.ts';
import { nameEnd } from './zh-name-boundary.ts';


/** Tags of words that can be pieces of a transliterated or Chinese name. */
const NAME_PIECE = /^(?:nr|nrt|nrfg|nz|ns|x|eng)$/;

/**
 * Whether a string read after a title is a name: jieba cuts unknown foreign names into odd pieces
 * (恰/d 武/n 什/r), so single characters are fine, but a real two-character word that is not a
 * name (期间, 会议) means this is not a name.
 */
function looksLikeName(lex: Lexicon, candidate: string): boolean {
  if (candidate.length < 2 || candidate.length > 12) return false;
  if (lex.zhCountries.has(candidate) || lex.zhPlaces.has(candidate) || lex.zhTitles.has(candidate)) return false;
  if (/^[前副原代]/.test(candidate) || /[\d０-９a-zA-Z]/.test(candidate)) return false;
  for (const { word, tag } of lex.jieba.tag(candidate, false)) {
    if (word.length >= 2 && !NAME_PIECE.test(tag)) return false;
    if (lex.zhTitles.has(word) || (word.length >= 2 && lex.zhCountries.has(word))) return false;
  }
  return true;
}

/** Title and country of the chain ending right before `at`: 俄罗斯外长│拉夫罗夫. */
function chainBefore(lex: Lexicon, tokens: readonly Token[], index: number): { title: string | null; country: string | null } {
  let title: string | null = null;
  let country: string | null = null;
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
    const token = tokens[k];
    if (!token) break;
    if (lex.zhTitles.has(token.word) && title === null) title = token.word;
    else if (lex.zhCountries.has(token.word)) {
      country = lex.zhCountries.get(token.word)?.en ?? null;
      break;
    } else if (!/^(?:nt|n|ns|前|副)$/.test(token.tag) && token.word !== '前') break;
  }
  return { title, country };
}

/**
 * Named people in a simplified Chinese sentence: knowledge-base names (the segmenter knows
 * them), names after a title (德国总统施泰因迈尔), names before one (布林肯国务卿) and
 * transliterations with an interpunct (约翰·基). `original` is the sentence in its own script,
 * of the same length, so surfaces come out as the article wrote them.
 */
export function findChinesePeople(lex: Lexicon, text: string, original: string, tokens: readonly Token[]): Mention[] {
  const surfaceOf = (start: number, end: number): string => (original.length === text.length ? original : text).slice(start, end);
  const mentions: Mention[] = [];
  const add = (start: number, end: number, title: string | null, country: string | null, via: string): void => {
    if (mentions.some((m) => start < m.end && end > m.start)) return;
    const key = text.slice(start, end);
    const person = lex.zhPeople.get(key) ?? null;
    mentions.push({ start, end, surface: surfaceOf(start, end), person, title, country: country ?? person?.country ?? null, via: person ? 'knowledge base' : via });
  };
  tokens.forEach((token, index) => {
    if (lex.zhPeople.has(token.word)) {
      const chain = chainBefore(lex, tokens, index);
      const after = tokens[index + 1];
      add(token.start, token.end, chain.title ?? (after && lex.zhTitles.has(after.word) ? after.word : null), chain.country, 'knowledge base');
      return;
    }
    if (!lex.zhTitles.has(token.word)) return;
    const next = tokens[index + 1];
    if (next && !lex.zhPeople.has(next.word) && next.word !== '·') {
      const end = nameEnd(text, token.end, 12);
      const candidate = text.slice(token.end, end);
      const dot = text[end] === '·';
      if (!dot && looksLikeName(lex, candidate)) add(token.end, end, token.word, chainBefore(lex, tokens, index + 1).country, 'title + name');
    }
    const previous = tokens[index - 1];
    const placeLike = (word: string): boolean => lex.zhCountries.has(word) || lex.zhPlaces.has(word);
    if (previous && /^nr/.test(previous.tag) && previous.word.length >= 2 && !lex.zhPeople.has(previous.word) && !placeLike(previous.word)) {
      const before = tokens[index - 2];
      if (!before || !/^nr/.test(before.tag)) add(previous.start, previous.end, token.word, null, 'name + title');
    }
  });
  for (const match of text.matchAll(/[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)+/g)) {
    const dot = match.index + match[0].indexOf('·');
    let start = dot;
    for (let k = tokens.length - 1; k >= 0; k--) {
      const token = tokens[k];
      if (!token || token.end > dot) continue;
      if (token.end < start || lex.zhTitles.has(token.word) || lex.zhCountries.has(token.word) || lex.zhPlaces.has(token.word)) break;
      if (dot - token.start > 6 || /^(?:v|p|c|u|d|f|m)$/.test(token.tag) && token.word.length > 1) break;
      start = token.start;
    }
    const lastDot = match.index + match[0].lastIndexOf('·');
    const end = nameEnd(text, lastDot + 1, 10);
    if (start < dot && end > lastDot + 1) add(start, end, chainBefore(lex, tokens, tokens.findIndex((t) => t.start === start)).title, null, 'dotted name');
  }
  // Latin-script names in Chinese prose (澳洲总理Anthony Albanese与…): known ones, or any after a
  // title. A gloss in brackets after a Chinese name (施泰因迈尔(Frank-Walter Steinmeier)) is that name again.
  for (const match of text.matchAll(LATIN_NAME)) {
    const start = match.index;
    const end = start + match[0].length;
    if (/[(（]\s*$/.test(text.slice(Math.max(0, start - 2), start)) || mentions.some((m) => start < m.end && end > m.start)) continue;
    const person = lex.enPeople.get(match[0].toLowerCase()) ?? null;
    const titled = tokens.find((t) => t.end === start && lex.zhTitles.has(t.word));
    if (!person && (!titled || !match[0].includes(' '))) continue;
    const chain = titled ? chainBefore(lex, tokens, tokens.indexOf(titled) + 1) : { title: null, country: null };
    mentions.push({ start, end, surface: surfaceOf(start, end), person, title: titled?.word ?? null, country: chain.country ?? person?.country ?? null, via: person ? 'knowledge base' : 'title + Latin name' });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const LATIN_NAME = /[A-Z][a-zA-Z'’-]+(?:[ \u00a0][A-Z][a-zA-Z'’-]+){0,3}/g;
