import { readFileSync } from 'node:fs';
import type { MeetingKind } from '../article-triples.ts';
import { VocabularySchema, type FrameEntry, type Vocabulary } from './vocabulary-schema.ts';

/** The scripts that have a vocabulary file: both Chinese scripts share the simplified one. */
export type VocabularyScript = 'zh' | 'en';

/** A cue found in a text. */
export interface CueMatch {
  readonly cue: string;
  readonly index: number;
  readonly length: number;
}

/** A table of cues compiled to one search. */
export interface CueSet {
  /** The leftmost cue in `text`, or null. */
  find(text: string): CueMatch | null;
  /** The cue that `text` starts with (after at most `slack` characters), or null. */
  startsWith(text: string, slack: number): CueMatch | null;
}

/** A meeting frame found in a sentence. */
export interface FrameMatch extends CueMatch {
  readonly kind: MeetingKind;
  readonly transitive: boolean;
  readonly video: boolean;
  readonly setting: boolean;
  readonly inPersonWhenSet: boolean;
}

export interface CompiledVocabulary {
  readonly script: VocabularyScript;
  /** Every frame in a sentence, left to right, none overlapping. */
  frames(text: string): FrameMatch[];
  readonly modalityBefore: CueSet;
  readonly modalityAfter: CueSet;
  /** Hedges that hold only right before the frame: "announced talks", not "announced after talks". */
  readonly modalityAdjacent: CueSet;
  readonly notMeetingAfter: CueSet;
  readonly separately: CueSet;
  readonly together: CueSet;
  readonly chaired: CueSet;
  readonly attended: CueSet;
  readonly meetingNouns: CueSet;
  readonly pairReferences: CueSet;
  readonly standInSubjects: CueSet;
  readonly standInObjects: CueSet;
  readonly schedules: CueSet;
  readonly notParticipantBefore: CueSet;
  readonly notParticipantAfter: CueSet;
  readonly speech: CueSet;
  readonly firstPerson: CueSet;
  readonly addressee: CueSet;
  readonly recalled: CueSet;
  readonly trips: CueSet;
  readonly pageStamps: CueSet;
  readonly titles: readonly string[];
  readonly familyNames: readonly string[];
  /** The data as read, for tests and `--explain`. */
  readonly source: Vocabulary;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A cue's regular expression source: … and …… are gaps (…… may cross a clause mark), * a word ending, spaces any space. */
function cueSource(cue: string, script: VocabularyScript, unlessFollowedBy?: readonly string[]): string {
  const tail = unlessFollowedBy?.length ? `(?!${unlessFollowedBy.map(escape).join('|')})` : '';
  if (script === 'zh') {
    // …… may cross one comma ("举行仪式，欢迎"); … stays inside the clause.
    const clauses = cue.split('……').map((part) => part.split('…').map(escape).join('[^\\s,，。；;、]{0,10}?'));
    return clauses.join('[^\\s。；;]{0,12}?') + tail;
  }
  const body = cue
    .split(/\s+/)
    .map((word) => {
      if (word === '……') return '[^.;]{0,80}?';
      if (word === '…') return '(?:[\\w\'’"“”-]+\\s+){0,3}?';
      return word.endsWith('*') ? `${escape(word.slice(0, -1))}\\w*` : escape(word);
    })
    .join('\\s+')
    .replace(/\(\?:\[\\w'’"“”-\]\+\\s\+\)\{0,3\}\?\\s\+/g, "(?:[\\w'’\"“”-]+\\s+){0,3}?");
  const start = /^\w/.test(cue) ? '\\b' : '';
  const end = /\w\*?$/.test(cue) ? '\\b' : '';
  return `${start}${body}${end}${tail}`;
}

interface Cue {
  readonly cue: string;
  readonly caseSensitive?: boolean | undefined;
  readonly unlessFollowedBy?: readonly string[] | undefined;
}

/**
 * Where an English cue can start: its first word ("plan" for plan*, a prefix). The search tries
 * the alternation only at words that start some cue, instead of at every position of the text:
 * one alternation of a hundred cues costs that much at each. (Chinese text is searched whole:
 * the engine's own scan is faster there than a try at each character.)
 */
function startOf(cue: string, script: VocabularyScript): { readonly key: string; readonly prefix: boolean } | null {
  if (script === 'zh') return null;
  const word = /^(\w+)(\*)?/.exec(cue);
  return word ? { key: word[1]!.toLowerCase(), prefix: Boolean(word[2]) } : null;
}

/** One alternation per case mode; the entry of a match is its capture group. */
function compileCues<T extends Cue>(entries: readonly T[], script: VocabularyScript): { search(text: string, sticky: boolean): (CueMatch & { entry: T })[]; set: CueSet } {
  const modes = [false, true].map((sensitive) => {
    // Longer cues first, so the alternation finds "attended by" rather than "attended" where both fit.
    const list = entries.filter((e) => Boolean(e.caseSensitive) === sensitive).sort((a, b) => b.cue.length - a.cue.length);
    const source = list.map((e) => `(${cueSource(e.cue, script, e.unlessFollowedBy)})`).join('|');
    const starts = list.map((e) => startOf(e.cue, script));
    const keyed = starts.every((start) => start !== null);
    return {
      list,
      regex: list.length > 0 ? new RegExp(source, sensitive ? 'gu' : 'giu') : null,
      // Tried at one position at a time where every cue has a known start.
      sticky: list.length > 0 && keyed ? new RegExp(source, sensitive ? 'yu' : 'yiu') : null,
      exact: new Set(starts.filter((s) => s && !s.prefix).map((s) => s!.key)),
      prefixes: starts.filter((s) => s?.prefix).map((s) => s!.key),
    };
  });
  const search = (text: string, firstOnly: boolean): (CueMatch & { entry: T })[] => {
    const found: (CueMatch & { entry: T })[] = [];
    const record = (m: RegExpExecArray, list: readonly T[]): void => {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const entry = list[group - 1];
      if (entry) found.push({ cue: entry.cue, index: m.index, length: m[0].length, entry });
    };
    for (const { list, regex, sticky, exact, prefixes } of modes) {
      if (!regex) continue;
      if (sticky) {
        let from = 0;
        const words = /\w+/g;
        for (let word = words.exec(text); word; word = words.exec(text)) {
          const at = word.index;
          const lower = word[0].toLowerCase();
          if (at < from || !(exact.has(lower) || prefixes.some((prefix) => lower.startsWith(prefix)))) continue;
          sticky.lastIndex = at;
          const m = sticky.exec(text);
          if (!m) continue;
          record(m, list);
          from = at + Math.max(1, m[0].length);
          if (firstOnly) break;
        }
        continue;
      }
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        record(m, list);
        if (m[0].length === 0) regex.lastIndex++;
        if (firstOnly) break;
      }
    }
    return found.sort((a, b) => a.index - b.index || b.length - a.length);
  };
  return {
    search,
    set: {
      find: (text) => search(text, true)[0] ?? null,
      startsWith: (text, slack) => {
        const hit = search(text.slice(0, slack + 40), true)[0];
        return hit && hit.index <= slack ? hit : null;
      },
    },
  };
}

const words = (list: readonly (string | Cue)[] | undefined): Cue[] => (list ?? []).map((cue) => (typeof cue === 'string' ? { cue } : cue));

/**
 * Compiles a vocabulary: each table becomes one search, built once. A frame whose match holds a
 * more specific frame (举行电话会谈 holds 电话会谈, "held phone talks" holds "phone talks")
 * takes that frame's kind.
 */
export function compileVocabulary(data: Vocabulary, script: VocabularyScript): CompiledVocabulary {
  const frames = compileCues<FrameEntry>(data.frames, script);
  const positioned = (entries: Vocabulary['modality'], position: 'before' | 'adjacent' | 'after'): CueSet => compileCues(entries.filter((e) => e.position === position), script).set;
  // One search over the match less its first character: a frame that ends where the match ends.
  const specific = (text: string, outer: FrameEntry): FrameEntry =>
    frames.search(text.slice(1), false).find((inner) => 1 + inner.index + inner.length === text.length && inner.entry !== outer)?.entry ?? outer;
  return {
    script,
    frames: (text) => {
      const found: FrameMatch[] = [];
      let end = 0;
      for (const m of frames.search(text, false)) {
        if (m.index < end) continue;
        const entry = m.length > m.cue.length ? specific(text.slice(m.index, m.index + m.length), m.entry) : m.entry;
        found.push({ cue: m.cue, index: m.index, length: m.length, kind: entry.kind, transitive: Boolean(entry.transitive ?? m.entry.transitive), video: Boolean(entry.video), setting: Boolean(m.entry.setting), inPersonWhenSet: Boolean(entry.inPersonWhenSet) });
        end = m.index + m.length;
      }
      return found;
    },
    modalityBefore: positioned(data.modality, 'before'),
    modalityAfter: positioned(data.modality, 'after'),
    modalityAdjacent: positioned(data.modality, 'adjacent'),
    notMeetingAfter: positioned(data.notMeetings, 'after'),
    separately: compileCues(data.separately, script).set,
    together: compileCues(data.together, script).set,
    chaired: compileCues(data.chaired, script).set,
    attended: compileCues(data.attended, script).set,
    meetingNouns: compileCues(words(data.meetingNouns), script).set,
    pairReferences: compileCues(data.pairReferences, script).set,
    standInSubjects: compileCues(data.standInSubjects, script).set,
    standInObjects: compileCues(data.standInObjects ?? [], script).set,
    schedules: compileCues(data.schedules ?? [], script).set,
    notParticipantBefore: compileCues(words(data.notParticipantBefore), script).set,
    notParticipantAfter: compileCues(words(data.notParticipantAfter), script).set,
    speech: compileCues(words(data.speech), script).set,
    firstPerson: compileCues(data.firstPerson, script).set,
    addressee: compileCues(data.addressee, script).set,
    recalled: compileCues(data.recalled, script).set,
    trips: compileCues(data.trips, script).set,
    pageStamps: compileCues(words(data.pageStamps), script).set,
    titles: data.titles,
    familyNames: data.familyNames ?? [],
    source: data,
  };
}

const cache = new Map<VocabularyScript, CompiledVocabulary>();

/** The vocabulary of a script, read from its data file and compiled once per process. */
export function loadVocabulary(script: VocabularyScript): CompiledVocabulary {
  const cached = cache.get(script);
  if (cached) return cached;
  const file = new URL(`./${script}.json`, import.meta.url);
  const parsed = VocabularySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`Vocabulary ${script}.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const compiled = compileVocabulary(parsed.data, script);
  cache.set(script, compiled);
  return compiled;
}
