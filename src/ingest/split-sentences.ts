import type { Sentence } from './cleaned-article.ts';
import type { MappedText } from './mapped-text.ts';

/** Words ending in a period that do not end a sentence. */
const ABBREVIATION = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Maj|Capt|Sen|Rep|Gov|Amb|Adm|No|Nos|Vol|Inc|Ltd|Co|Corp|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|[A-Z]|[A-Za-z]+\.[A-Za-z]+)$/;
const CLOSERS = '”’"\'」』）)】';
const HAN = /[\u3400-\u9fff]/;

/** Index just past the sentence end at `i` (a terminator), or -1 when `i` does not end one. */
function sentenceEnd(text: string, i: number): number {
  const c = text[i] ?? '';
  let j = i + 1;
  while (j < text.length && CLOSERS.includes(text[j] ?? '')) j++;
  if ('。！？!?；'.includes(c)) return j;
  // Chinese prose has no spaces: a space between two Han characters separates headlines or captions.
  if (/\s/.test(c) && HAN.test(text[i - 1] ?? '') && HAN.test(text.slice(i).match(/^\s+(.)/)?.[1] ?? '')) return j;
  if (c === '…' && text[i + 1] !== '…') return j;
  if (c !== '.') return -1;
  // "Sheikh Hasina.Both leaders…": a scraped page lost the space, not an abbreviation (U.S.).
  if (/[a-z]{2}$/.test(text.slice(Math.max(0, i - 2), i)) && /^[A-Z][a-z]/.test(text.slice(j, j + 2))) return j;
  if (j < text.length && !/\s/.test(text[j] ?? '')) return -1;
  const next = text.slice(j).match(/^\s+(\S)/)?.[1];
  if (next !== undefined && !/[A-Z0-9“"‘'(\u3400-\u9fff]/.test(next)) return -1;
  return ABBREVIATION.test(text.slice(Math.max(0, i - 12), i)) ? -1 : j;
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
    if (b <= a) return;
    sentences.push({ text: text.slice(a, b), start: a, end: b, sourceStart: offsets[a] ?? a, sourceEnd: (offsets[b - 1] ?? b - 1) + 1, paragraph });
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
