import { editDistance } from './edit-distance.ts';
import { hasHan } from './normalize-name.ts';

/** One indexed name: its folded words and what it belongs to. */
interface FuzzyEntry<T> {
  readonly words: readonly string[];
  readonly value: T;
  /** Chinese names and their pinyin: one character or letter apart is another person (王毅/王义, Wang Yi/Wang Yu). */
  readonly strict: boolean;
}

/** Transliteration-tolerant lookup over a prefiltered candidate set. */
export interface FuzzyIndex<T> {
  /** Every value with a name close to `folded`, by word-wise edit distance. */
  search(folded: string): T[];
}

/**
 * How far one word may drift. Short words must match exactly: Korean and Chinese syllables
 * (Jin/Jun, Yi/Yu) differ by one letter between different people; transliterations of longer
 * names drift (Zelenskyy/Zelenskiy, 泽连斯基/泽伦斯基, Mohammed/Muhammad).
 */
function allowedDistance(word: string, strict: boolean): number {
  if (hasHan(word)) return strict || word.length < 4 ? 0 : 1;
  if (word.length < 5) return 0;
  if (strict) return word.length >= 7 ? 1 : 0;
  return word.length >= 8 ? 2 : 1;
}

function wordsOf(folded: string): string[] {
  return folded.split(' ').filter((word) => word !== '');
}

/**
 * Names are bucketed by word count plus first or last character, so a search compares against a
 * few dozen names even with thousands indexed; a name with both ends misspelled is not found.
 */
export function createFuzzyIndex<T>(names: Iterable<{ folded: string; value: T; strict: boolean }>): FuzzyIndex<T> {
  const buckets = new Map<string, FuzzyEntry<T>[]>();
  const bucketKeys = (words: readonly string[]) => {
    const joined = words.join('');
    return [`${words.length}^${joined[0] ?? ''}`, `${words.length}$${joined.at(-1) ?? ''}`];
  };
  for (const { folded, value, strict } of names) {
    const words = wordsOf(folded);
    if (words.length === 0) continue;
    for (const key of bucketKeys(words)) {
      const bucket = buckets.get(key) ?? [];
      bucket.push({ words, value, strict });
      buckets.set(key, bucket);
    }
  }

  return {
    search(folded) {
      const words = wordsOf(folded);
      const found = new Set<T>();
      for (const key of bucketKeys(words)) {
        for (const entry of buckets.get(key) ?? []) {
          if (found.has(entry.value)) continue;
          const close = entry.words.every((word, i) => {
            const other = words[i] ?? '';
            return editDistance(word, other, allowedDistance(word, entry.strict)) <= allowedDistance(word, entry.strict);
          });
          if (close) found.add(entry.value);
        }
      }
      return [...found];
    },
  };
}
