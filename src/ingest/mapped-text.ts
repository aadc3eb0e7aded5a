/**
 * Text derived from a source (HTML stripped, noise removed) that remembers, for every character,
 * where it came from, so an evidence sentence can always be located in what was actually given.
 */
export interface MappedText {
  readonly text: string;
  /** `offsets[i]` is the index in the source of `text[i]`; one extra entry marks the source's end. */
  readonly offsets: readonly number[];
}

/** The identity mapping: a plain text is its own source. */
export function mapIdentity(text: string): MappedText {
  const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
  return { text, offsets };
}

/** Keeps the characters `keep` says yes to, carrying each one's source offset along. */
export function filterMapped(source: MappedText, keep: (index: number) => boolean): MappedText {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < source.text.length; i++) {
    if (!keep(i)) continue;
    text += source.text[i];
    offsets.push(source.offsets[i] ?? i);
  }
  offsets.push(source.offsets[source.text.length] ?? source.text.length);
  return { text, offsets };
}
