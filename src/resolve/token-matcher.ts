import { hasHan } from './normalize-name.ts';

/** A token found in a folded string: where it ends and what it stands for. */
export interface TokenMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/** Finds known multi-word tokens (titles, country forms) in folded text at word boundaries. */
export interface TokenMatcher<T> {
  /** Every token starting at `start` that ends on a boundary, longest first. */
  matchAt(text: string, start: number): TokenMatch<T>[];
  /** Every token anywhere in the text, overlapping ones included ("美国务卿" holds 美国 and 国务卿). */
  matchAll(text: string): TokenMatch<T>[];
  /** A token ending exactly at the end of the text, longest first, starting on a boundary. */
  matchSuffix(text: string): TokenMatch<T> | null;
}

const BOUNDARY_AFTER = new Set([' ', ',', '、', "'", '’']);

function isHanChar(char: string | undefined): boolean {
  return char !== undefined && hasHan(char);
}

/** Chinese has no spaces, so any position next to a Han character is a boundary. */
export function isBoundaryBefore(text: string, index: number): boolean {
  return index === 0 || text[index - 1] === ' ' || text[index - 1] === ',' || text[index - 1] === '、' || isHanChar(text[index - 1]) || isHanChar(text[index]);
}

export function isBoundaryAfter(text: string, index: number): boolean {
  if (index >= text.length) return true;
  return BOUNDARY_AFTER.has(text[index] ?? '') || isHanChar(text[index - 1]) || isHanChar(text[index]);
}

/**
 * Tokens are grouped by first character with the lengths seen for it, so a lookup at one
 * position costs a handful of Map probes instead of a scan over every title in the KB.
 */
export function createTokenMatcher<T>(tokens: Iterable<readonly [string, T]>): TokenMatcher<T> {
  const byText = new Map<string, T>();
  const lengthsByFirst = new Map<string, number[]>();
  for (const [text, value] of tokens) {
    if (text === '' || byText.has(text)) continue;
    byText.set(text, value);
    const first = text[0] ?? '';
    const lengths = lengthsByFirst.get(first) ?? [];
    if (!lengths.includes(text.length)) lengths.push(text.length);
    lengthsByFirst.set(first, lengths.sort((a, b) => b - a));
  }

  function matchAt(text: string, start: number): TokenMatch<T>[] {
    const lengths = lengthsByFirst.get(text[start] ?? '');
    if (lengths === undefined || !isBoundaryBefore(text, start)) return [];
    const found: TokenMatch<T>[] = [];
    for (const length of lengths) {
      const end = start + length;
      const value = byText.get(text.slice(start, end));
      if (value !== undefined && isBoundaryAfter(text, end)) found.push({ start, end, value });
    }
    return found;
  }

  return {
    matchAt,
    matchAll(text) {
      const found: TokenMatch<T>[] = [];
      for (let index = 0; index < text.length; index += 1) found.push(...matchAt(text, index));
      return found;
    },
    matchSuffix(text) {
      for (let start = 1; start < text.length; start += 1) {
        const match = matchAt(text, start).find((m) => m.end === text.length);
        if (match !== undefined) return match;
      }
      return null;
    },
  };
}
