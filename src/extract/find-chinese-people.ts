import type { KnownPerson, Lexicon } from './lexicon.ts';
import type { Token } from './tokenize-chinese.ts';
import type { Mention } from './mention.ts';
import { nameEnd, ZH_NAME_BOUNDARY } from './zh-name-boundary.ts';


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
  const family = familyNameAt(lex, candidate);
  // 前总统, 副总理: a title's prefix, not a name, unless a family name starts so (前田).
  if ((/^[前副原代]/.test(candidate) && (family?.length ?? 0) < 2) || /[\d０-９a-zA-Z]/.test(candidate)) return false;
  const words = lex.jieba.tag(candidate, false);
  if (words.some(({ word }) => lex.zhTitles.has(word) || (word.length >= 2 && lex.zhCountries.has(word)))) return false;
  if (words.every(({ word, tag }) => word.length < 2 || NAME_PIECE.test(tag))) return true;
  // 谷立言, 古屋圭司: a family name and a given name the segmenter reads as words, unless the
  // whole is one word of the dictionary (林业, 高级).
  return candidate.length <= 4 && words.length > 1 && family !== null && candidate.length > family.length;
}

/** The longest family name `text` starts with, or null. */
function familyNameAt(lex: Lexicon, text: string): string | null {
  for (let length = 3; length >= 1; length--) if (lex.zhFamilyNames.has(text.slice(0, length))) return text.slice(0, length);
  return null;
}

/**
 * The person a dotted name is: the whole name as the knowledge base has it, else the one person
 * all its known pieces name (普拉博沃 and 苏比安托 are both Prabowo), else nobody known.
 */
function dottedPerson(lex: Lexicon, name: string): KnownPerson | null {
  const whole = lex.zhPeople.get(name);
  if (whole) return whole;
  const pieces = name.split('·').map((piece) => ({ piece, person: lex.zhPeople.get(piece) }));
  const known = new Set(pieces.flatMap(({ person }) => (person ? [person] : [])));
  // Every long piece must be the same person: 马丁 (a surname) beside an unknown 罗穆亚尔德斯 is someone else.
  if (known.size !== 1 || pieces.some(({ piece, person }) => !person && piece.length >= 3)) return null;
  return [...known][0] ?? null;
}

/** Whether a word is a title or ends with one (团团长 is 访问团│团长 cut the segmenter's way). */
function endsWithTitle(lex: Lexicon, word: string): boolean {
  for (let k = 0; k <= word.length - 2; k++) if (lex.zhTitles.has(word.slice(k))) return true;
  return false;
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
  // Where each mention starts: whether a title has a name right after it.
  const starts = new Set<number>();
  const add = (start: number, end: number, title: string | null, country: string | null, via: string, known?: KnownPerson | null): void => {
    if (mentions.some((m) => start < m.end && end > m.start)) return;
    starts.add(start);
    const key = text.slice(start, end);
    const person = known === undefined ? (lex.zhPeople.get(key) ?? null) : known;
    mentions.push({ start, end, surface: surfaceOf(start, end), person, title, country: country ?? person?.country ?? null, via: person ? 'knowledge base' : via });
  };
  // Dotted names first: 普拉博沃·苏比安托 is one person even where the knowledge base knows each
  // piece, and 马丁·罗穆亚尔德斯 is not the Martin the knowledge base knows by his surname.
  for (const match of text.matchAll(/[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)+/g)) {
    const dot = match.index + match[0].indexOf('·');
    let start = dot;
    for (let k = tokens.length - 1; k >= 0; k--) {
      const token = tokens[k];
      if (!token || token.end > dot) continue;
      if (token.end < start || endsWithTitle(lex, token.word) || lex.zhCountries.has(token.word) || lex.zhPlaces.has(token.word)) break;
      if (dot - token.start > 6 || /^(?:v|p|c|u|d|f|m)$/.test(token.tag) && token.word.length > 1) break;
      start = token.start;
    }
    const lastDot = match.index + match[0].lastIndexOf('·');
    const end = nameEnd(text, lastDot + 1, 10);
    if (start < dot && end > lastDot + 1) {
      const chain = chainBefore(lex, tokens, tokens.findIndex((t) => t.start === start));
      add(start, end, chain.title, chain.country, 'dotted name', dottedPerson(lex, text.slice(start, end)));
    }
  }
  tokens.forEach((token, index) => {
    const known = lex.zhPeople.get(token.word);
    if (known) {
      const chain = chainBefore(lex, tokens, index);
      const after = tokens[index + 1];
      // 河野│思齐: a known surname run into a given name the segmenter does not know is someone
      // else of that family; the whole name is looked up.
      if (after && after.start === token.end && token.word !== lex.simplify(known.zhHans) && /^(?:x|nr|nrfg)$/.test(after.tag) && /^[\u4e00-\u9fff]{1,2}$/.test(after.word) && nameEnd(text, after.start, 2) >= after.end) {
        add(token.start, after.end, chain.title, chain.country, 'family name + given name');
        return;
      }
      add(token.start, token.end, chain.title ?? (after && lex.zhTitles.has(after.word) ? after.word : null), chain.country, 'knowledge base');
      return;
    }
    if (!lex.zhTitles.has(token.word)) return;
    const next = tokens[index + 1];
    if (next && !lex.zhPeople.has(next.word) && next.word !== '·') {
      // 国务委员│长金正恩: the segmenter cut a longer title (国务委员长) short.
      let from = token.end;
      while (from < token.end + 2 && endsWithTitle(lex, text.slice(token.start, from + 1))) from++;
      // 和田, 后藤: a family name that starts with a word that would end the name.
      const end = nameEnd(text, from + (familyNameAt(lex, text.slice(from))?.length ?? 0), 12);
      const candidate = text.slice(from, end);
      const dot = text[end] === '·';
      if (!dot && looksLikeName(lex, candidate)) add(from, end, text.slice(token.start, from), chainBefore(lex, tokens, index + 1).country, 'title + name');
    }
    const previous = tokens[index - 1];
    const placeLike = (word: string): boolean => lex.zhCountries.has(word) || lex.zhPlaces.has(word);
    // 布林肯国务卿 is a name before its title; 特斯拉首席执行官埃隆·马斯克 is a company before a title and its name.
    const nameFollows = [0, 1, 2, 3].some((d) => starts.has(token.end + d));
    // The segmenter can tag a verb as a name (晋见/nr): a word that would end a name is none.
    if (!nameFollows && previous && /^nr/.test(previous.tag) && previous.word.length >= 2 && !lex.zhPeople.has(previous.word) && !placeLike(previous.word) && !ZH_NAME_BOUNDARY.test(previous.word)) {
      const before = tokens[index - 2];
      if (!before || !/^nr/.test(before.tag)) add(previous.start, previous.end, token.word, null, 'name + title');
    }
  });
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
