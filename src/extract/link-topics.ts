import type { Lang, Topic } from './article-triples.ts';
import type { KnownCountry, KnownTopic, Lexicon } from './lexicon.ts';

/** The text of a meeting's report, in the article's script and in matching form. */
export interface TopicWindow {
  /** Simplified Chinese, or English as written. */
  readonly text: string;
  /** The same text in the article's own script. */
  readonly original: string;
}

const ZH_DISCUSSED = /就([^。；;]{2,60}?)(?:等)?(?:共同关心的|双方关心的|彼此关心的|相关)?(?:国际和地区|国际地区|地区)?(?:问题)?(?:深入|坦诚|广泛|充分|友好)?(?:地)?(?:交换(?:了)?意见|进行(?:了)?(?:深入)?(?:沟通|交流|讨论|磋商))/g;
const EN_DISCUSSED = /\b(?:discussed|exchanged views on|talked about|focused on|centred on|centered on|reviewed)\s+([^.;:]{3,160})/gi;
const GENERIC = /一些|具体事宜|有关事宜|^(?:共同关心的|国际和地区|双方|两国|各领域|有关|相关|其他|一系列|等)|^(?:the )?(?:issues?|matters?|ways?|a range of|various|several|many|other|bilateral (?:ties|relations)|according to)\b|\b(?:issues|interests?|matters|areas|fields|priorities|sectors)$/i;

/**
 * What follows in a sentence is expected, not discussed ("talks expected to touch on energy",
 * "the leaders could discuss the pipeline", 双方将就…进行讨论).
 */
const HEDGE = {
  en: /\b(?:(?:expected|set|likely|scheduled|due|going|planning|plans?) to|will|would|could|may|might)\b/i,
  zh: /(?:将|拟|计划|预计|有望)(?:就|讨论|商讨|磋商|谈及)/,
};

/**
 * A phrase the knowledge base lacks is kept when it names an issue: its head is an issue word
 * (问题, 危机, crisis, agreement, …) or it is a proper name ("TurkStream pipeline" is not; "Iran
 * Nuclear Deal" is). "Continued response among allies" describes talk, not a topic.
 */
const ISSUE_HEAD = {
  en: /\b(?:issues?|questions?|crisis|situation|conflict|dispute|war|deal|agreement|accord|initiative|summit|process|partnership|cooperation|relations|presidency|programme|program|plan|treaty|corridor|reform|security)$/i,
  zh: /(?:问题|危机|局势|形势|冲突|争端|战争|协议|协定|倡议|峰会|进程|合作|关系|事务|改革|计划|走廊|安全|条约)$/,
};

function namesAnIssue(lang: Lang, item: string): boolean {
  if (lang !== 'en') return ISSUE_HEAD.zh.test(item);
  return ISSUE_HEAD.en.test(item) || item.split(/\s+/).every((word) => /^[A-Z0-9]/.test(word) || /^(?:of|and|the|for|on|in)$/.test(word));
}

/** Leading connectives and trailing hedges around a discussed item ("including energy", "trade among others"). */
const ITEM_LEAD = /^(?:and|or|also|including|notably|especially|such as|the|issues? (?:such as|of|related to|concerning)|matters? (?:such as|of)|the situations? in|situations? in|questions? of)\s+/i;
const ITEM_TAIL = /\s+(?:among others|and others|etc\.?|as well)$|,?\s+according to\b.*$|等$/i;

function cleanItem(item: string): string {
  let cleaned = item.trim();
  for (let before = ''; before !== cleaned; ) {
    before = cleaned;
    cleaned = cleaned.replace(ITEM_LEAD, '').replace(ITEM_TAIL, '').trim();
  }
  return cleaned;
}

function nameIn(lang: Lang, names: { en: string; zhHans: string; zhHant: string }): string {
  return lang === 'en' ? names.en : lang === 'zh-Hant' ? names.zhHant : names.zhHans;
}

function known(lang: Lang, topic: KnownTopic): Topic {
  const name = nameIn(lang, topic);
  return { name, aliases: [...new Set([topic.en, topic.zhHans, topic.zhHant, ...topic.aliases])].filter((n) => n !== name).slice(0, 50) };
}

/** "China-Russia relations" in every script, the first country first. */
function relations(lang: Lang, a: KnownCountry, b: KnownCountry, written?: string): Topic {
  const zh = (x: KnownCountry, script: 'zhHans' | 'zhHant'): string => x.abbreviations[0] ?? x[script];
  const hans = written ? `${written}关系` : `${zh(a, 'zhHans')}${zh(b, 'zhHans')}关系`;
  const hant = written ? `${written}關係` : `${zh(a, 'zhHant')}${zh(b, 'zhHant')}關係`;
  const en = `${a.en}-${b.en} relations`;
  const names = [hans, hant, en, `${b.en}-${a.en} relations`, `${zh(b, 'zhHans')}${zh(a, 'zhHans')}关系`];
  const name = lang === 'en' ? en : lang === 'zh-Hant' ? hant : hans;
  return { name, aliases: [...new Set(names)].filter((n) => n !== name) };
}

/**
 * The issues a Chinese list names with one shared head: 历史、台湾问题 is 历史问题 and 台湾问题,
 * 朝鲜半岛、中东局势 is 朝鲜半岛局势 and 中东局势. Returns the unwritten ones, a line each. A list
 * called 所谓 ("so-called") is left out.
 */
function sharedHeads(text: string): string {
  const found: string[] = [];
  // At most a dozen items: a longer run of 、 is a list of names, and an unbounded one would be
  // tried again from every item.
  for (const m of text.matchAll(/((?:[\u4e00-\u9fff]{2,4}、){1,12})[\u4e00-\u9fff]{2,6}?(问题|局势|危机)/g)) {
    // 借口所谓新疆、香港等问题干涉内政: a "so-called" list is the other side's pretext, not a topic.
    if (text.slice(Math.max(0, (m.index ?? 0) - 2), (m.index ?? 0) + m[0].length).includes('所谓')) continue;
    for (const item of (m[1] ?? '').split('、').filter(Boolean)) found.push(`${item}${m[2]}`);
  }
  return found.join('\n');
}

/**
 * The topics a meeting's report says were discussed: knowledge-base topics whose names or
 * keywords appear, bilateral relations (中俄关系, "bilateral ties" between the participants'
 * countries), and issues named in 就…交换意见 / "discussed …" that the knowledge base lacks.
 */
export function linkTopics(lex: Lexicon, lang: Lang, reportWindow: readonly TopicWindow[], countries: readonly string[]): Topic[] {
  const topics: Topic[] = [];
  const seen = new Set<string>();
  const push = (topic: Topic): void => {
    const key = [topic.name, ...topic.aliases].map((n) => n.toLowerCase());
    if (key.some((k) => seen.has(k))) return;
    for (const k of key) seen.add(k);
    topics.push(topic);
  };
  // Only what precedes a hedge is discussed; the original script is cut at the same length.
  const window = reportWindow.map((w) => {
    const cut = w.text.search(lang === 'en' ? HEDGE.en : HEDGE.zh);
    return cut < 0 ? w : { text: w.text.slice(0, cut), original: w.original.length === w.text.length ? w.original.slice(0, cut) : w.original };
  });
  const text = window.map((w) => w.text).join('\n');
  // English cues match whole words ("LAC" is not in "place"); Chinese has no word breaks to respect.
  const inEnglish = (cue: string, where: string): boolean => wholeWord(cue).test(where);
  // A Latin cue in Chinese text is a whole word too (BRI is not in Kritenbrink).
  const matches = (cue: string, where: string): boolean => (/[a-z]/.test(cue) ? inEnglish(cue, where) : lang !== 'en' && where.includes(cue));
  // A field of cooperation (trade, 务实合作, high-level exchanges) counts only where the
  // meeting's own sentence or a "discussed …" list names it: elsewhere in a report it is what
  // one side's speech lists, not what the meeting discussed.
  const discussedText = window.flatMap((w) => [...w.text.matchAll(lang === 'en' ? EN_DISCUSSED : ZH_DISCUSSED)].map((m) => m[0])).join('\n');
  const focus = `${window[0]?.text ?? ''}\n${discussedText}`;
  const issues = lang === 'en' ? text : `${text}\n${sharedHeads(text)}`;
  const [focusForm, issuesForm] = lang === 'en' ? [focus.toLowerCase(), issues.toLowerCase()] : [focus, issues];
  for (const topic of lex.topics) {
    const where = topic.area ? focusForm : issuesForm;
    if (topic.cues.some((cue) => matches(cue, where))) push(known(lang, topic));
  }

  const { byAbbreviation, pairRelations } = abbreviationsOf(lex);
  if (lang !== 'en' && pairRelations) {
    for (const m of text.matchAll(pairRelations)) {
      const a = byAbbreviation.get(m[1] ?? '');
      const b = byAbbreviation.get(m[2] ?? '');
      const at = m.index ?? 0;
      const line = window.find((w) => w.text.includes(m[0]));
      const written = line && line.original.length === line.text.length ? line.original.slice(line.text.indexOf(m[0]), line.text.indexOf(m[0]) + 2) : `${m[1]}${m[2]}`;
      if (a && b && a !== b && at >= 0) push(relations(lang, a, b, lang === 'zh-Hant' ? lex.simplify(written) : written));
    }
  }
  for (const m of text.matchAll(/\b([A-Z][\w.]+(?: [A-Z][\w.]+)?)[-–]([A-Z][\w.]+(?: [A-Z][\w.]+)?) (?:relations|ties|relationship)\b/g)) {
    const a = lex.enCountries.get((m[1] ?? '').toLowerCase());
    const b = lex.enCountries.get((m[2] ?? '').toLowerCase());
    if (a && b && a !== b) push(relations(lang, a, b));
  }
  const [first, second] = [...new Set(countries)];
  // "…attaches great importance to its relations with China", said by the other side of a
  // meeting with a Chinese participant, is the two countries' relations too.
  const bilateral =
    /两国关系|双边关系|bilateral (?:ties|relations|relationship)|relations between the two countries|ties between the two/i.test(text) ||
    ([first, second].includes('China') && /对华关系|(?:relations|ties|relationship) with (?:China|Beijing)\b/i.test(text));
  if (first && second && bilateral) {
    const a = lex.enCountries.get(first.toLowerCase());
    const b = lex.enCountries.get(second.toLowerCase());
    if (a && b) push(relations(lang, a, b));
  }

  const discussed = lang === 'en' ? EN_DISCUSSED : ZH_DISCUSSED;
  for (const w of window) {
    for (const m of w.text.matchAll(discussed)) {
      const body = m[1] ?? '';
      const offset = (m.index ?? 0) + m[0].indexOf(body);
      const items = lang === 'en' ? body.split(/,\s*|\s+and\s+|\s+as well as\s+/) : body.split(/、|和|以及|及/);
      let at = offset;
      for (const item of items) {
        const start = w.text.indexOf(item, at);
        at = start < 0 ? at : start + item.length;
        const cleaned = cleanItem(item);
        if (cleaned.length < 2 || cleaned.length > 60 || GENERIC.test(cleaned) || cleaned.split(/\s+/).length > 7 || !namesAnIssue(lang, cleaned)) continue;
        const asWritten = lang === 'en' || start < 0 || w.original.length !== w.text.length ? cleaned : w.original.slice(start, start + item.length).replace(/等$/, '').trim();
        if (topics.some((t) => [t.name, ...t.aliases].some((n) => lex.simplify(n).includes(cleaned) || cleaned.includes(lex.simplify(n))))) continue;
        push({ name: asWritten, aliases: asWritten === cleaned ? [] : [cleaned] });
      }
    }
  }
  return topics.slice(0, 50);
}

/** English cues as whole-word searches, compiled once per cue: topics are matched in every report. */
const wholeWords = new Map<string, RegExp>();
function wholeWord(cue: string): RegExp {
  let regex = wholeWords.get(cue);
  if (!regex) {
    regex = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(cue)}(?![\\p{L}\\p{N}])`, 'u');
    wholeWords.set(cue, regex);
  }
  return regex;
}

/** One-character country forms (中, 俄) and the 中俄…关系 search over them, built once per lexicon. */
const abbreviations = new WeakMap<Lexicon, { readonly byAbbreviation: ReadonlyMap<string, KnownCountry>; readonly pairRelations: RegExp | null }>();
function abbreviationsOf(lex: Lexicon): { readonly byAbbreviation: ReadonlyMap<string, KnownCountry>; readonly pairRelations: RegExp | null } {
  const cached = abbreviations.get(lex);
  if (cached) return cached;
  const byAbbreviation = new Map<string, KnownCountry>();
  for (const country of lex.zhCountries.values()) for (const abbreviation of country.abbreviations) if (!byAbbreviation.has(abbreviation)) byAbbreviation.set(abbreviation, country);
  const chars = [...byAbbreviation.keys()].join('');
  const built = { byAbbreviation, pairRelations: chars ? new RegExp(`([${chars}])([${chars}])(?:两国)?[^，,。；、]{0,16}?关系`, 'g') : null };
  abbreviations.set(lex, built);
  return built;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

