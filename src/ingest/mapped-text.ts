/**
 * Text derived from a source (HTML stripped, noise removed) that remembers, for every character,
 * where it came from, so an evidence sentence can always be located in what was actually given.
 */
export interface MappedText {
  readonly text: string;
  /**
   * `offsets[i]` is the index in the source of `text[i]`; one extra entry marks the source's end.
   * A typed array: one number per character of a 2 MB page stays 8 MB, not a boxed array the
   * collector has to walk.
   */
  readonly offsets: ArrayLike<number>;
}

/** The identity mapping: a plain text is its own source. */
export function mapIdentity(text: string): MappedText {
  const offsets = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = i;
  return { text, offsets };
}

/** Keeps the characters `keep` says yes to, carrying each one's source offset along. */
export function filterMapped(source: MappedText, keep: (index: number) => boolean): MappedText {
  const { text: from, offsets: fromOffsets } = source;
  const runs: string[] = [];
  const offsets = new Int32Array(from.length + 1);
  let length = 0;
  // Kept characters are copied a run at a time: one slice per run instead of one string per character.
  for (let i = 0; i < from.length; ) {
    if (!keep(i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < from.length && keep(i)) offsets[length++] = fromOffsets[i++] ?? i - 1;
    runs.push(from.slice(start, i));
  }
  offsets[length] = fromOffsets[from.length] ?? from.length;
  return { text: runs.join(''), offsets: offsets.subarray(0, length + 1) };
}

/** Builds a mapped text piece by piece: a growable offset buffer beside the text's parts. */
export function createMappedBuilder() {
  const parts: string[] = [];
  let offsets = new Int32Array(1024);
  let length = 0;
  const reserve = (more: number): void => {
    if (length + more <= offsets.length) return;
    const grown = new Int32Array(Math.max(offsets.length * 2, length + more));
    grown.set(offsets.subarray(0, length));
    offsets = grown;
  };
  return {
    /** Units of `chars`, all from source offset `at` (an entity, a line break for a tag). */
    pushAt(chars: string, at: number): void {
      parts.push(chars);
      reserve(chars.length);
      offsets.fill(at, length, length + chars.length);
      length += chars.length;
    },
    /** `text`, whose units came one to one from source offsets `from`, `from + 1`, ... */
    pushRange(text: string, from: number): void {
      parts.push(text);
      reserve(text.length);
      for (let k = 0; k < text.length; k++) offsets[length++] = from + k;
    },
    finish(end: number): MappedText {
      reserve(1);
      offsets[length++] = end;
      return { text: parts.join(''), offsets: offsets.subarray(0, length) };
    },
  };
}
