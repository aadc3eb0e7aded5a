import { foldName } from './normalize-name.ts';

/**
 * The part of `surface` whose folded form is `folded`, in the source's own spelling: the name
 * "Sergei Lavrov" out of "Russian Foreign Minister Sergei Lavrov" once the chain is known.
 * Folding changes lengths (NFKC, diacritics), so positions are found by folding candidates.
 * Falls back to the folded form when no span folds exactly to it.
 */
export function displaySpan(surface: string, folded: string): string {
  const trimmed = surface.trim();
  if (foldName(trimmed) === folded) return trimmed;
  for (let start = 0; start < trimmed.length; start += 1) {
    const tail = trimmed.slice(start);
    const foldedTail = foldName(tail);
    if (foldedTail.length < folded.length) break;
    if (!foldedTail.startsWith(folded)) continue;
    for (let end = tail.length; end > 0; end -= 1) {
      const span = tail.slice(0, end).trim();
      const foldedSpan = foldName(span);
      if (foldedSpan === folded) return span;
      if (foldedSpan.length < folded.length) break;
    }
  }
  return folded;
}
