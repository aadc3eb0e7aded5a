import type { Sentence } from './cleaned-article.ts';
import type { MappedText } from './mapped-text.ts';

/** Words ending in a period that do not end a sentence. */
const ABBREVIATION = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Maj|Capt|Sen|Rep|Gov|Amb|Adm|No|Nos|Vol|Inc|Ltd|Co|Corp|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|[A-Z]|[A-Za-z]+\.[A-Za-z]+)$/;
const CLOSERS = '”’"\'」』）)】';
const HAN = /[\u3400-\u9fff]/;
const SPACE = /\s/;

/**
 * A sentence longer than this is no prose (a flattened table, a list of thousands, a crafted
 * page): it is cut at its clause marks into pieces of at most this length, so every later stage
 * sees bounded sentences and costs grow with the article, not with the square of a sentence.
 */
export const MAX_SENTENCE_CHARS = 1000;
const CLAUSE_MARK = /[，,；;、：:\s]/;

/** The first character after the whitespace run starting at `from`, or undefined when there is no run. */
function afterSpaces(text: string, from: number): string | undefined {
  let j = from;
  while (j < text.length && SPACE.test(text[j] ?? '')) j++;
  return j > from ? text[j] : undefined;
}

/** Index just past the sentence end at `i` (a terminator), or -1 when `i` does not end one. */
function sentenceEnd(text: string, i: number): number {
  const c = text[i] ?? '';
  let j = i + 1;
  while (j < text.length && CLOSERS.includes(text[j] ?? '')) j++;
  if ('。！？!?；'.includes(c)) return j;
  // Chinese prose has no spaces: a space between two Han characters separates headlines or captions.
  if (SPACE.test(c) && HAN.test(text[i - 1] ?? '') && HAN.test(afterSpaces(text, i) ?? '')) return j;
  if (c === '…' && text[i + 1] !== '…') return j;
  if (c !== '.') return -1;
  // "Sheikh Hasina.Both leaders…": a scraped page lost the space, not an abbreviation (U.S.).
  if (/[a-z]{2}$/.test(text.slice(Math.max(0, i - 2), i)) && /^[A-Z][a-z]/.test(text.slice(j, j + 2))) return j;
  if (j < text.length && !SPACE.test(text[j] ?? '')) return -1;
  const next = afterSpaces(text, j);
  if (next !== undefined && !/[A-Z0-9“"‘'(\u3400-\u9fff]/.test(next)) return -1;
  return ABBREVIATION.test(text.slice(Math.max(0, i - 12), i)) ? -1 : j;
}

/** Where to cut a long run that must end by `limit`: after its last clause mark, else at `limit` (never inside a surrogate pair). */
function cutBefore(text: string, from: number, limit: number): number {
  for (let k = limit - 1; k > from + MAX_SENTENCE_CHARS / 2; k--) if (CLAUSE_MARK.test(text[k] ?? '')) return k + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Splits cleaned text into sentences: Chinese and English terminators, and line ends (each line
 * is a paragraph). Every sentence keeps its position in the cleaned text and in the source.
 */
export function splitSentences(mapped: MappedText): Sentence[] {
  const { text, offsets } = mapped;
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const emit = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    while (b - a > MAX_SENTENCE_CHARS) {
      const cut = cutBefore(text, a, a + MAX_SENTENCE_CHARS);
      push(a, cut);
      a = cut;
      while (a < b && SPACE.test(text[a] ?? '')) a++;
    }
    if (b > a) push(a, b);
  };
  const push = (a: number, b: number): void => {
    let end = b;
    while (end > a && SPACE.test(text[end - 1] ?? '')) end--;
    if (end > a) sentences.push({ text: text.slice(a, end), start: a, end, sourceStart: offsets[a] ?? a, sourceEnd: (offsets[end - 1] ?? end - 1) + 1, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') {
      emit(start, i);
      start = i + 1;
      if (sentences.length > 0 && sentences[sentences.length - 1]?.paragraph === paragraph) paragraph++;
      continue;
    }
    const end = sentenceEnd(text, i);
    if (end < 0) continue;
    emit(start, end);
    start = end;
    i = end - 1;
  }
  emit(start, text.length);
  return sentences;
}
