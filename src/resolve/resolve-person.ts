import type { PersonEntry } from '../kb/index.ts';
import { dateRange } from './date-range.ts';
import { displaySpan } from './display-span.ts';
import { editDistance } from './edit-distance.ts';
import { daysInOffice, fitsContext, narrowCandidates, type MentionContext } from './narrow-candidates.ts';
import { foldName, hasHan, keyOfFolded } from './normalize-name.ts';
import type { PersonIndex } from './person-index.ts';
import { pinyinKey } from './pinyin-key.ts';
import type { PersonContext, PersonLink, PersonMention } from './resolver.ts';
import type { ChainParser, ParsedName } from './title-chain.ts';

/** What person resolution is built from; `createResolver` supplies it. */
export interface PersonResolverDeps {
  readonly index: PersonIndex;
  readonly chain: ChainParser;
  readonly resolveCountry: (text: string) => string | null;
}

/** One surface form of a mention with its title chain split off. */
interface Form {
  readonly surface: string;
  readonly parsed: ParsedName;
  readonly fullKey: string;
  readonly bareKey: string;
}

interface Analysis {
  readonly mention: PersonMention;
  readonly forms: readonly Form[];
  readonly context: MentionContext;
}

type KnownReason = Extract<PersonLink, { kind: 'known' }>['reason'];

/** How sure each rule is; a tie broken by date or article is a weaker claim than a listed alias. */
const CONFIDENCE: Readonly<Record<KnownReason, number>> = {
  exact_alias: 1,
  pinyin: 0.85,
  title_context: 0.85,
  office_at_date: 0.75,
  surname_in_article: 0.8,
  fuzzy: 0.75,
};
const NEW_CONFIDENCE = 0.9;
/** Several KB people fit and nothing chose between them: a new node, flagged as doubtful. */
const AMBIGUOUS_CONFIDENCE = 0.3;

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** A form that can only be a surname or one word of a name ("Lavrov", "布林肯"). */
function isSingleWord(form: Form): boolean {
  return form.parsed.bare !== '' && !form.parsed.bare.includes(' ');
}

/** Word-level closeness for surnames within one article, where the candidate set is tiny. */
function closeWords(a: string, b: string): boolean {
  if (a === b) return true;
  const allowed = hasHan(a) ? (a.length >= 4 ? 1 : 0) : a.length >= 6 ? 1 : 0;
  return allowed > 0 && editDistance(a, b, allowed) <= allowed;
}

/**
 * Person linking, rule by rule: exact alias, pinyin, title and country, office at the date, a
 * surname after the full name in the same article, fuzzy transliteration, else a new person.
 * Every step links only when one person remains; shared surnames alone never link.
 */
export function createPersonResolver(deps: PersonResolverDeps): (mention: PersonMention, context: PersonContext) => PersonLink {
  const { index, chain } = deps;

  function analyse(mention: PersonMention, date: string | null): Analysis {
    const forms = unique([mention.name, ...mention.aliases]).map((surface): Form => {
      const parsed = chain.parseName(foldName(surface));
      return { surface, parsed, fullKey: keyOfFolded(parsed.folded), bareKey: keyOfFolded(parsed.bare) };
    });
    const title = mention.title === null ? { roles: [], countries: [] } : chain.parseTitle(foldName(mention.title));
    const country = mention.country === null ? null : deps.resolveCountry(mention.country);
    const roles = new Set([...title.roles, ...forms.flatMap((f) => f.parsed.roles)]);
    const countries = new Set([...title.countries, ...forms.flatMap((f) => f.parsed.countries), ...(country === null ? [] : [country])]);
    return { mention, forms, context: { roles, countries, range: dateRange(date) } };
  }

  /** The mention's own names without title chains, in the source's spelling, one per key. */
  function ownNames(analysis: Analysis, skipKeys: ReadonlySet<string>): string[] {
    const names: string[] = [];
    const seen = new Set(skipKeys);
    for (const form of analysis.forms) {
      if (form.bareKey === '' || seen.has(form.bareKey)) continue;
      seen.add(form.bareKey);
      names.push(displaySpan(form.surface, form.parsed.bare));
    }
    return names;
  }

  function known(person: PersonEntry, reason: KnownReason, analysis: Analysis): PersonLink {
    // A bare surname is not a name of the person: stored as an alias it would pull in every namesake.
    const listed = index.listed.get(person) ?? { names: [person.names.en], skipKeys: new Set<string>() };
    const names = [...listed.names, ...ownNames(analysis, listed.skipKeys)];
    return { kind: 'known', id: person.id, name: person.names.en, names, reason, confidence: CONFIDENCE[reason] };
  }

  function newPerson(analysis: Analysis, confidence: number): PersonLink {
    const names = ownNames(analysis, new Set());
    const best = names.reduce((a, b) => (keyOfFolded(foldName(b)).length > keyOfFolded(foldName(a)).length ? b : a), names[0] ?? '');
    if (best === '') {
      const { roles, countries } = analysis.context;
      return { kind: 'unnamed', name: analysis.mention.name, roles: [...roles], countries: [...countries], reason: 'new', confidence: 0 };
    }
    return { kind: 'new', key: keyOfFolded(foldName(best)), name: best, names, reason: 'new', confidence };
  }

  function pick(candidates: readonly PersonEntry[], reason: KnownReason, analysis: Analysis): PersonLink {
    if (candidates.length === 1 && candidates[0] !== undefined) return known(candidates[0], reason, analysis);
    const narrowed = narrowCandidates(candidates, analysis.context);
    return narrowed === null ? newPerson(analysis, AMBIGUOUS_CONFIDENCE) : known(narrowed.person, narrowed.reason, analysis);
  }

  function lookup(keys: Iterable<string>, map: PersonIndex['byAlias']): PersonEntry[] {
    return unique([...keys].flatMap((key) => map.get(key) ?? []));
  }

  /** A Chinese form read as pinyin may be a homophone (王义 for 王毅): only title, country or office may confirm it. */
  function confirmed(person: PersonEntry, context: MentionContext): boolean {
    const hasContext = context.roles.size > 0 || context.countries.size > 0;
    return (hasContext && fitsContext(person, context)) || daysInOffice(person, context) > 0;
  }

  /** The rules that need nothing but the mention itself. */
  function resolveByName(analysis: Analysis): PersonLink | null {
    const { forms, context } = analysis;
    const exact = lookup(
      forms.flatMap((f) => [f.fullKey, f.bareKey]),
      index.byAlias,
    );
    if (exact.length > 0) return pick(exact, 'exact_alias', analysis);

    const latinPinyin = lookup(
      forms.filter((f) => !hasHan(f.parsed.bare)).map((f) => f.bareKey),
      index.byPinyin,
    );
    const hanPinyin = lookup(
      forms.filter((f) => hasHan(f.parsed.bare)).map((f) => pinyinKey(f.parsed.bare)),
      index.byPinyin,
    ).filter((person) => confirmed(person, context));
    const pinyin = unique([...latinPinyin, ...hanPinyin]);
    if (pinyin.length > 0) return pick(pinyin, 'pinyin', analysis);
    return null;
  }

  /** People of the same article whose full name ends in this surname, by identity (id or new key). */
  function articleMatches(analysis: Analysis, context: PersonContext): PersonLink[] {
    const surnames = analysis.forms.filter(isSingleWord).map((f) => f.bareKey);
    if (surnames.length === 0) return [];
    const found = new Map<string, PersonLink>();
    for (const other of context.articlePeople) {
      if (other === analysis.mention || other.name === analysis.mention.name) continue;
      const otherAnalysis = analyse(other, context.date);
      const link = resolveWithoutArticle(otherAnalysis);
      if (link.kind === 'unnamed') continue;
      const words = new Set(
        otherAnalysis.forms.filter((f) => f.parsed.bare.includes(' ')).map((f) => keyOfFolded(f.parsed.bare.split(' ').at(-1) ?? '')),
      );
      if (link.kind === 'known') {
        const person = index.byId.get(link.id);
        for (const key of person === undefined ? [] : (index.surnameKeys.get(person) ?? [])) words.add(key);
      }
      if (surnames.some((surname) => [...words].some((word) => word !== '' && closeWords(surname, word)))) {
        found.set(link.kind === 'known' ? link.id : link.key, link);
      }
    }
    return [...found.values()];
  }

  function resolveWithoutArticle(analysis: Analysis): PersonLink {
    return resolveByName(analysis) ?? resolveBySurname(analysis, []) ?? resolveFuzzy(analysis) ?? newPerson(analysis, NEW_CONFIDENCE);
  }

  /** Surname-only mentions against the KB: narrowed by title and country, then by office at the date. */
  function resolveBySurname(analysis: Analysis, inArticle: readonly PersonLink[]): PersonLink | null {
    const { context } = analysis;
    const namesakes = lookup(analysis.forms.filter(isSingleWord).map((f) => f.bareKey), index.bySurname);
    if (namesakes.length === 0) return null;
    const articleLink = inArticle.length === 1 ? inArticle[0] : undefined;
    if (context.roles.size > 0 || context.countries.size > 0) {
      const fitting = namesakes.filter((person) => fitsContext(person, context));
      const narrowed = fitting.length === 1 && fitting[0] !== undefined ? { person: fitting[0], reason: 'title_context' as const } : fitting.length > 1 ? narrowCandidates(fitting, context) : null;
      // The article's own full name outranks a KB-wide guess when the two disagree.
      if (narrowed !== null && (articleLink === undefined || (articleLink.kind === 'known' && articleLink.id === narrowed.person.id))) {
        return known(narrowed.person, narrowed.reason, analysis);
      }
    }
    if (articleLink !== undefined || context.range === null) return null;
    // Without a title or country, only a surname no other KB person bears may be read by date alone.
    if (namesakes.length > 1 && context.roles.size === 0 && context.countries.size === 0) return null;
    const inOffice = namesakes.filter((person) => daysInOffice(person, context) > 0);
    return inOffice.length === 1 && inOffice[0] !== undefined ? known(inOffice[0], 'office_at_date', analysis) : null;
  }

  function resolveFuzzy(analysis: Analysis): PersonLink | null {
    const close = unique(analysis.forms.flatMap((f) => (f.parsed.bare === '' ? [] : index.fuzzy.search(f.parsed.bare))));
    return close.length === 1 && close[0] !== undefined ? known(close[0], 'fuzzy', analysis) : null;
  }

  function fromArticle(link: PersonLink, analysis: Analysis): PersonLink {
    if (link.kind === 'new') return { ...link, reason: 'surname_in_article', confidence: CONFIDENCE.surname_in_article };
    if (link.kind === 'known') {
      const person = index.byId.get(link.id);
      if (person !== undefined) return known(person, 'surname_in_article', analysis);
    }
    return link;
  }

  return (mention, context) => {
    const analysis = analyse(mention, context.date);
    if (analysis.forms.every((f) => f.parsed.titleOnly)) return newPerson(analysis, 0);
    const byName = resolveByName(analysis);
    if (byName !== null) return byName;
    const inArticle = articleMatches(analysis, context);
    const bySurname = resolveBySurname(analysis, inArticle);
    if (bySurname !== null) return bySurname;
    if (inArticle.length === 1 && inArticle[0] !== undefined) return fromArticle(inArticle[0], analysis);
    // Two people of the article share the surname: which one is meant is unknowable here.
    if (inArticle.length > 1) return newPerson(analysis, AMBIGUOUS_CONFIDENCE);
    return resolveFuzzy(analysis) ?? newPerson(analysis, NEW_CONFIDENCE);
  };
}
