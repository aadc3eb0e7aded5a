import type { KnownPerson, Lexicon } from './lexicon.ts';
import type { Mention } from './mention.ts';

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’.-]*/g;
/** Lower-case particles inside names (Abdullah bin Zayed, Ursula von der Leyen). */
const PARTICLE = new Set(['bin', 'bint', 'al', 'al-', 'de', 'da', 'del', 'der', 'van', 'von', 'di', 'du', 'la', 'le', 'ibn', 'ben', 'dos']);
/** Capitalised words that do not start or make up a name. */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'he', 'she', 'his', 'her', 'they', 'their', 'it', 'its', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'of', 'for',
  'and', 'but', 'with', 'by', 'from', 'to', 'as', 'after', 'before', 'during', 'while', 'when', 'both', 'mr', 'mrs', 'ms', 'dr', 'sir',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'may',
  'july', 'september', 'october', 'november', 'december', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'according', 'foreign', 'state', 'affairs', 'ministry', 'government', 'house', 'hall', 'un', 'u.n.', 'eu', 'nato', 'asean',
  'g20', 'g7', 'brics', 'white', 'kremlin', 'summit', 'reuters', 'xinhua', 'ani', 'pti', 'ians', 'afp', 'ap', 'beijing', 'washington',
  'moscow', 'delhi', 'new', 'first', 'published', 'updated', 'read', 'also', 'photo', 'file', 'minister', 'prime', 'president', 'secretary',
  'news', 'agency', 'party', 'council', 'assembly', 'general', 'united', 'nations', 'republic', 'democratic', 'people', "people's", 'national',
  // A headline's verb in title case ("Xi Jinping Meets President Obama") ends the name before it.
  'meets', 'holds', 'hosts', 'receives', 'welcomes', 'greets', 'talks', 'calls', 'speaks', 'visits', 'discusses', 'phones',
]);

/**
 * Where scraped text glued two words together: a caption run into the body ("Vladimir
 * PutinRussian President") or a sentence into the next ("Sheikh Hasina.Both"). Three lower-case
 * letters before the capital keep McDonald, DeSantis and MacArthur whole.
 */
const GLUED = /(?<=[a-zà-ÿ]{3})(?=[A-Z][a-z])|(?<=[a-zà-ÿ]{2})\.(?=[A-Z][a-z])/g;

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].flatMap((m) => {
    const pieces: Word[] = [];
    let from = 0;
    for (const cut of [...m[0].matchAll(GLUED)].map((g) => g.index).concat(m[0].length)) {
      const piece = m[0].slice(from, cut).replace(/^\./, '');
      const offset = m.index + from + (m[0][from] === '.' ? 1 : 0);
      from = cut;
      if (piece === '') continue;
      let token = piece;
      if (token.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(token) && !/^(?:[A-Z]\.){1,}[A-Z]?\.?$/.test(token)) token = token.slice(0, -1);
      token = token.replace(/['’]s$/, '');
      pieces.push({ text: token, start: offset, end: offset + token.length });
    }
    return pieces;
  });
}

const capitalised = (word: string): boolean => /^[A-ZÀ-ÖØ-ÞĀ-ſ]/.test(word) && !/^[A-Z]{2,}[a-z]?$/.test(word) || /^[A-Z]\.?$/.test(word);

/** Title (lower-cased, longest first) starting at word `i`, as the number of words it spans. */
/** English titles by their first word, longest first within each: one lookup per word instead of a scan of every title. */
const titlesByFirstWord = new WeakMap<Lexicon, ReadonlyMap<string, readonly (readonly string[])[]>>();
function titlesStartingWith(lex: Lexicon, word: string): readonly (readonly string[])[] {
  let index = titlesByFirstWord.get(lex);
  if (!index) {
    const built = new Map<string, string[][]>();
    for (const title of lex.enTitles) {
      const parts = title.split(/\s+/);
      const list = built.get(parts[0] ?? '') ?? [];
      list.push(parts);
      built.set(parts[0] ?? '', list);
    }
    index = built;
    titlesByFirstWord.set(lex, index);
  }
  return index.get(word) ?? [];
}

function titleAt(lex: Lexicon, list: readonly Word[], i: number): { readonly title: string; readonly length: number } | null {
  const first = list[i];
  if (!first) return null;
  for (const parts of titlesStartingWith(lex, first.text.toLowerCase())) {
    if (parts.every((part, k) => list[i + k]?.text.toLowerCase() === part)) {
      const title = parts.join(' ');
      if (title !== 'counterpart' && title !== 'top diplomat' && !/^[A-Z]/.test(first.text)) continue;
      return { title: list.slice(i, i + parts.length).map((w) => w.text).join(' '), length: parts.length };
    }
  }
  return null;
}

/** Country named right before word `i` (Russian, Sri Lankan, U.S., United States, China's). */
function countryBefore(lex: Lexicon, list: readonly Word[], i: number): string | null {
  for (let span = 3; span >= 1; span--) {
    if (i - span < 0) continue;
    const key = list.slice(i - span, i).map((w) => w.text).join(' ').toLowerCase();
    const country = lex.enCountries.get(key) ?? lex.enCountries.get(key.replace(/\./g, ''));
    if (country) return country.en;
  }
  return null;
}

/** How many words a country or demonym starting at word `i` spans (Sri Lankan, United States), or 0. */
function countryAt(lex: Lexicon, list: readonly Word[], i: number): number {
  return knownSpanAt(list, i, 3, 1, (key) => lex.enCountries.has(key) || lex.enCountries.has(key.replace(/\./g, '')));
}

/** The most words (from `longest` down to `shortest`) starting at word `i` whose lower-cased phrase `known` accepts, or 0. */
function knownSpanAt(list: readonly Word[], i: number, longest: number, shortest: number, known: (key: string) => boolean): number {
  for (let span = longest; span >= shortest; span--) {
    if (i + span <= list.length && known(list.slice(i, i + span).map((w) => w.text).join(' ').toLowerCase())) return span;
  }
  return 0;
}

/**
 * Whether word `i` ends a run of two given names ("Ayesha Noor Khan"): a known surname there is
 * someone else's. After one given name it may still be a misspelt first mention of the known
 * person ("Siorjiddin Muhriddin").
 */
function givenNamesBefore(lex: Lexicon, list: readonly Word[], i: number, text: string): boolean {
  const given = (k: number): boolean => {
    const word = list[k];
    const next = list[k + 1];
    if (!word || !next || !/^\s+$/.test(text.slice(word.end, next.start))) return false;
    const lower = word.text.toLowerCase();
    return /^[A-Z][a-z]+$/.test(word.text) && !NOT_NAME.has(lower) && !lex.enCountries.has(lower) && !titleAt(lex, list, k) && !lex.enSurnames.has(lower);
  };
  return given(i - 1) && given(i - 2);
}

/** How many words (two to four) a known place starting at word `i` spans, or 0. */
function placeAt(lex: Lexicon, list: readonly Word[], i: number): number {
  return knownSpanAt(list, i, 4, 2, (key) => lex.enPlaces.has(key));
}

/** Words that end an office's remit ("for Political and Security Affairs", "of Defence Policy"). */
const REMIT_HEAD = new Set(['affairs', 'policy', 'planning', 'security', 'department', 'office', 'bureau', 'division', 'cooperation', 'relations', 'operations', 'development', 'trade', 'defence', 'defense', 'intelligence', 'administration', 'commission', 'committee', 'state']);

/**
 * Where a name starts after a title's remit: "Minister for Foreign Affairs Penny Wong",
 * "Director General for Political and Security Affairs Philippe Errera". Returns the index of
 * the word after the remit's last head word, or -1 when the title has no such remit.
 */
function afterRemit(list: readonly Word[], at: number, text: string): number {
  if (!/^(?:for|of)$/.test(list[at]?.text ?? '')) return -1;
  let end = -1;
  for (let j = at + 1; j < list.length && j - at < 12; j++) {
    const word = list[j]!;
    if (!/^\s+$/.test(text.slice(list[j - 1]!.end, word.start))) break;
    const lower = word.text.toLowerCase();
    if (lower === 'and' || lower === 'the' || lower === 'of') continue;
    if (!capitalised(word.text)) break;
    if (NOT_NAME.has(lower) || REMIT_HEAD.has(lower)) end = j + 1;
  }
  return end;
}

/** A particle joined to the name it opens: al-Sharaa, el-Sisi, bin-Salman, ibn-Saud. */
const JOINED_PARTICLE = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben)-[A-ZÀ-ÖØ-Þ]/;
/** A regnal number after a name: Pope Leo XIV, King Charles III. */
const REGNAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3})$/;
/** Name words a run may hold, particles aside: Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani. */
const MAX_NAME_WORDS = 6;

/** The run of name words starting at `i`: capitalised words, initials, particles inside. */
function nameRun(lex: Lexicon, list: readonly Word[], i: number, text: string): number {
  let j = i;
  let words = 0;
  while (j < list.length && words < MAX_NAME_WORDS) {
    const word = list[j];
    const previous = list[j - 1];
    if (!word) break;
    if (j > i && previous && !/^\s+$/.test(text.slice(previous.end, word.start))) break;
    const lower = word.text.toLowerCase();
    if (j > i && PARTICLE.has(lower) && list[j + 1] && capitalised(list[j + 1]?.text ?? '')) {
      j++;
      continue;
    }
    if (j > i && (JOINED_PARTICLE.test(word.text) || REGNAL.test(word.text))) {
      j++;
      words++;
      continue;
    }
    if (!capitalised(word.text) || NOT_NAME.has(lower) || titleAt(lex, list, j) || lex.enCountries.has(lower)) break;
    j++;
    words++;
  }
  return j;
}

/**
 * Named people in an English sentence: knowledge-base names and surnames, names after a title
 * chain (Russian Foreign Minister Sergei Lavrov, his Mauritian counterpart Pravind Jugnauth,
 * President of the Kyrgyz Republic, Sooronbay Jeenbekov) and, for names neither knows,
 * capitalised runs that `extraPeople` (compromise) takes for people. `seen` maps surnames and
 * names of people named earlier in the article, so "Rubio" later is Marco Rubio.
 */
export function findEnglishPeople(lex: Lexicon, text: string, seen: ReadonlyMap<string, Mention>, extraPeople: readonly string[]): Mention[] {
  const list = words(text);
  const mentions: Mention[] = [];
  const add = (from: number, to: number, title: string | null, country: string | null, via: string, known?: KnownPerson | null): void => {
    const first = list[from];
    const last = list[to - 1];
    if (!first || !last || to <= from) return;
    if (mentions.some((m) => first.start < m.end && last.end > m.start)) return;
    const surface = text.slice(first.start, last.end);
    const key = surface.toLowerCase();
    if (lex.enCountries.has(key) || lex.enPlaces.has(key)) return;
    // "Antony J. Blinken" is Antony Blinken: middle initials are not part of the key.
    const bare = key.replace(/\s+(?:[a-z]\.\s*)+(?=\S)/g, ' ');
    const earlier = seen.get(key) ?? seen.get(bare);
    const person: KnownPerson | null = known ?? lex.enPeople.get(key) ?? lex.enPeople.get(bare) ?? earlier?.person ?? (to - from === 1 ? (lex.enSurnames.get(key) ?? null) : null);
    if (to - from === 1 && !person && !earlier && title === null) return;
    const full = to - from === 1 ? (earlier?.surface ?? person?.en ?? surface) : surface;
    mentions.push({ start: first.start, end: last.end, surface: full, person, title: title ?? earlier?.title ?? null, country: country ?? earlier?.country ?? person?.country ?? null, via: lex.enPeople.get(key) || lex.enPeople.get(bare) ? 'knowledge base' : earlier ? 'earlier in the article' : person ? 'knowledge base surname' : via });
  };
  for (let i = 0; i < list.length; i++) {
    const title = titleAt(lex, list, i);
    if (title) {
      let at = i + title.length;
      const ofCountry = /^\s+of\s+(?:the\s+)?((?:[A-Z][\w'-]*\s*){1,4}),\s*/.exec(text.slice(list[at - 1]?.end ?? 0));
      if (ofCountry) at = list.findIndex((w) => w.start >= (list[at - 1]?.end ?? 0) + ofCountry[0].length);
      if (at < 0) continue;
      const remit = ofCountry ? -1 : afterRemit(list, at, text);
      if (remit > 0 && nameRun(lex, list, remit, text) - remit >= 2) at = remit;
      const end = nameRun(lex, list, at, text);
      if (end > at) {
        const gap = text.slice(list[at - 1]?.end ?? 0, list[at]?.start ?? 0);
        if (/^[\s,]*$/.test(gap)) add(at, end, title.title, countryBefore(lex, list, i) ?? (ofCountry ? (lex.enCountries.get((ofCountry[1] ?? '').trim().toLowerCase())?.en ?? null) : null), 'title + name');
      }
      i = Math.max(i, end - 1);
      continue;
    }
    const word = list[i];
    if (!word || !capitalised(word.text)) continue;
    // To Lam, An Dong: a known name may open with a word that opens no other name.
    if (NOT_NAME.has(word.text.toLowerCase())) {
      const pair = list.slice(i, i + 2).map((w) => w.text).join(' ').toLowerCase();
      if (list[i + 1] && /^\s+$/.test(text.slice(word.end, list[i + 1]!.start)) && lex.enPeople.has(pair)) {
        add(i, i + 2, null, countryBefore(lex, list, i), 'knowledge base');
        i++;
      }
      continue;
    }
    // Dar es Salaam, Sharm el-Sheikh: a place whose first word is also someone's surname.
    const place = placeAt(lex, list, i);
    if (place > 0) {
      i += place - 1;
      continue;
    }
    const end = nameRun(lex, list, i, text);
    let matched = false;
    for (let to = end; to > i; to--) {
      const key = list.slice(i, to).map((w) => w.text).join(' ').toLowerCase();
      // A lone surname counts only as the whole run: "Philippe Errera" is not Édouard Philippe.
      if (lex.enPeople.has(key) || seen.has(key) || (to - i === 1 && end - i === 1 && lex.enSurnames.has(key) && !givenNamesBefore(lex, list, i, text))) {
        // "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani": a known name the run goes on
        // from with a particle is the same person, named in full.
        if (to < end && PARTICLE.has(list[to]?.text.toLowerCase() ?? '')) {
          add(i, end, null, countryBefore(lex, list, i), 'knowledge base', lex.enPeople.get(key) ?? seen.get(key)?.person ?? null);
          i = end - 1;
          matched = true;
          break;
        }
        add(i, to, null, countryBefore(lex, list, i), 'knowledge base');
        i = to - 1;
        matched = true;
        break;
      }
    }
    // "Jill Biden" after "Joe Biden" is another person: a surname the article gave before with
    // another given name (the name model may still find the whole name). A misspelt given name
    // on first mention ("Siorjiddin Muhriddin") still reaches the known surname.
    const given = word.text.toLowerCase();
    const surname = list[i + 1]?.text.toLowerCase() ?? '';
    const before = seen.get(surname);
    if (!matched && end - i === 2 && /^[A-Z][a-z]+$/.test(word.text) && !lex.enSurnames.has(given) && !seen.has(given) && before && !before.surface.toLowerCase().startsWith(given)) i = end - 1;
  }
  for (const name of extraPeople) {
    const at = text.indexOf(name);
    if (at < 0) continue;
    const from = list.findIndex((w) => w.start >= at);
    if (from < 0) continue;
    let start = from;
    for (;;) {
      const skip = titleAt(lex, list, start)?.length ?? countryAt(lex, list, start);
      if (!skip || start >= list.length) break;
      start += skip;
    }
    const end = nameRun(lex, list, start, text);
    if (end - start >= 2) add(start, end, null, countryBefore(lex, list, start), 'name model');
  }
  return mentions.sort((a, b) => a.start - b.start);
}
