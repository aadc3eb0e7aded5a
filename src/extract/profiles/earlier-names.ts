import type { Mention } from '../mention.ts';

/**
 * Names found after a title earlier in an article (王毅 after 外交部长王毅), looked up at each
 * position of a later sentence by their few possible lengths, so a long article costs its length
 * times the longest name, not its sentences times every name seen so far.
 */
/** Up to this many names, searching for each beats looking up every position. */
const FEW = 16;

export class EarlierNames {
  readonly #byName = new Map<string, { mention: Mention; order: number }>();
  readonly #lengths = new Set<number>();

  remember(name: string, mention: Mention): void {
    const known = this.#byName.get(name);
    this.#byName.set(name, { mention, order: known?.order ?? this.#byName.size });
    this.#lengths.add(name.length);
  }

  /** A few names: one native search each. */
  #searchEach(text: string): Map<string, number> {
    const hits = new Map<string, number>();
    for (const name of this.#byName.keys()) {
      const at = text.indexOf(name);
      if (at >= 0) hits.set(name, at);
    }
    return hits;
  }

  /** Many names: each position's substrings of the remembered lengths, looked up. */
  #lookUpEachPosition(text: string): Map<string, number> {
    const hits = new Map<string, number>();
    for (let at = 0; at < text.length; at++) {
      for (const length of this.#lengths) {
        const name = text.slice(at, at + length);
        if (name.length === length && !hits.has(name) && this.#byName.has(name)) hits.set(name, at);
      }
    }
    return hits;
  }

  /**
   * Each remembered name's first occurrence in `text` that overlaps no mention already found,
   * in the order the names were first remembered (an earlier name wins an overlap).
   */
  findIn(text: string, found: readonly Mention[]): Mention[] {
    if (this.#byName.size === 0) return [];
    const hits = this.#byName.size <= FEW ? this.#searchEach(text) : this.#lookUpEachPosition(text);
    const taken = new Uint8Array(text.length);
    const take = (m: { start: number; end: number }) => taken.fill(1, m.start, m.end);
    const free = (from: number, to: number) => taken.subarray(from, to).every((x) => x === 0);
    for (const m of found) take(m);
    const added: Mention[] = [];
    const ordered = [...hits].sort(([a], [b]) => this.#byName.get(a)!.order - this.#byName.get(b)!.order);
    for (const [name, at] of ordered) {
      if (!free(at, at + name.length)) continue;
      const mention: Mention = { ...this.#byName.get(name)!.mention, start: at, end: at + name.length, via: 'earlier in the article' };
      take(mention);
      added.push(mention);
    }
    return added;
  }
}
