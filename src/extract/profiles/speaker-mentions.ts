import type { Mention } from '../mention.ts';
import type { CompiledVocabulary } from '../vocabulary/compile-vocabulary.ts';

/** A stand-in for the speaker or addressee of quoted words, not yet replaced by a person. */
export const isStandIn = (m: Mention): boolean => m.person === null && (m.via === 'speaker' || m.via === 'addressee');

/**
 * The speaker and addressee of quoted words as stand-in mentions ("我同总统先生视频会晤",
 * "I met you in Beijing"): the extractor puts the people in their place once it knows who
 * speaks to whom. They are looked for only where the sentence quotes or reports speech.
 */
export function speakerMentions(vocab: CompiledVocabulary, text: string, named: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const [set, via] of [[vocab.firstPerson, 'speaker'], [vocab.addressee, 'addressee']] as const) {
    let from = 0;
    for (let hit = set.find(text); hit && found.length < 8; hit = set.find(text.slice(from))) {
      const start = from + hit.index;
      const end = start + hit.length;
      from = end;
      if (named.some((m) => start < m.end && end > m.start)) continue;
      found.push({ start, end, surface: text.slice(start, end), person: null, title: null, country: null, via });
    }
  }
  return found;
}
