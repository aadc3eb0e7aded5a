/** A read-only index from a key to every entry filed under it. */
export type MultiMap<T> = ReadonlyMap<string, readonly T[]>;

/**
 * Builds a MultiMap from (key, entry) pairs, skipping empty keys and repeats of the same entry
 * under one key (a person whose simplified and traditional names fold to one key is filed once).
 */
export function buildMultiMap<T>(pairs: Iterable<readonly [string, T]>): MultiMap<T> {
  const map = new Map<string, T[]>();
  for (const [key, entry] of pairs) {
    if (key === '') continue;
    const list = map.get(key);
    if (list === undefined) map.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  }
  return map;
}
