import { keyOfFolded } from './normalize-name.ts';

/** Words that join two countries inside a relations phrase ("中国与俄罗斯关系"). */
const JOINERS = ['与', '和', '同', '及', 'and'];

/** English: "China-Russia relations", "Sino-Russian ties", "relations between China and Russia". */
const ENGLISH = [/^(?:the )?(.+?)(?: bilateral)? (?:relations|ties|relationship)$/, /^(?:bilateral )?(?:relations|ties) between (.+)$/];
/** Chinese: "中俄关系", "中俄两国关系", "中美双边关系". */
const CHINESE = /^(.+?)(?:两国)?(?:双边)?关系$/;
/** A relations phrase that names no country: its countries come from the meeting. */
const UNNAMED = new Set(['bilateralrelations', 'bilateralties', 'relations', 'ties', '双边关系', '两国关系', '双边']);

/**
 * The two countries a relations phrase names, or null. The country part is split at every
 * position into two known country forms, which is how "中俄" and "sinorussian" come apart.
 * `unnamed` is true for "bilateral relations", "两国关系" and the like.
 */
export function parseRelations(
  folded: string,
  countryOfKey: (key: string) => string | undefined,
): { readonly countries: readonly [string, string] } | { readonly unnamed: true } | null {
  if (UNNAMED.has(keyOfFolded(folded))) return { unnamed: true };
  const middle = [...ENGLISH, CHINESE].map((pattern) => pattern.exec(folded)?.[1]).find((m) => m !== undefined);
  if (middle === undefined) return null;
  const key = keyOfFolded(middle);
  for (let split = 1; split < key.length; split += 1) {
    const first = countryOfKey(key.slice(0, split));
    if (first === undefined) continue;
    const rest = key.slice(split);
    const joiner = JOINERS.find((j) => rest.startsWith(j) && countryOfKey(rest.slice(j.length)) !== undefined);
    const second = countryOfKey(joiner === undefined ? rest : rest.slice(joiner.length));
    if (second !== undefined && second !== first) return { countries: first < second ? [first, second] : [second, first] };
  }
  return null;
}
