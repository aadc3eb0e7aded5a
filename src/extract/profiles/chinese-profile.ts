import type { CleanedArticle } from '../../ingest/index.ts';
import { findChineseMeetings } from '../find-chinese-meetings.ts';
import { findChinesePeople } from '../find-chinese-people.ts';
import { findDates } from '../find-dates.ts';
import { findChinesePlace, findTripPlace, placeFromDateline } from '../find-place.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Mention } from '../mention.ts';
import { tokenizeChinese, type Token } from '../tokenize-chinese.ts';
import { loadVocabulary } from '../vocabulary/compile-vocabulary.ts';
import type { LanguageProfile, PreparedSentence } from './language-profile.ts';
import { isStandIn, speakerMentions } from './speaker-mentions.ts';
import { withoutPageStamps } from './page-stamps.ts';
import { EarlierNames } from './earlier-names.ts';
import { latestOpening, paragraphOpening } from './paragraph-opening.ts';

const vocabulary = loadVocabulary('zh');
/** Quoted or reported words: where 我 and 总统先生 can stand for people. */
const QUOTING = /[“”"「」『』：:]|表示|说|指出|强调|认为|称/;

/**
 * A sentence's words, segmented again when a meeting's place is looked for: keeping every
 * sentence's words for the whole article would hold a long page's segmentation in memory, when
 * only the few sentences that state a meeting need it.
 */
const segmented = new WeakMap<PreparedSentence, readonly Token[]>();
function tokensOf(lex: Lexicon, sentence: PreparedSentence): readonly Token[] {
  let tokens = segmented.get(sentence);
  if (!tokens) segmented.set(sentence, (tokens = tokenizeChinese(lex, sentence.text)));
  return tokens;
}

/** A paragraph's opening that reports speech: 王毅表示，…. */
function speechOpening(text: string): number {
  const head = text.slice(0, 17);
  const cue = vocabulary.speech.find(head);
  return cue && !/[，,。：:]/.test(head.slice(0, cue.index)) ? cue.index : -1;
}

/**
 * For each sentence, the latest sentence of its paragraph, up to itself, that opens with reported
 * speech (李克强表示，…), or -1: the words that follow in the paragraph are that speaker's.
 * Filled in one pass as an article is prepared.
 */
const speechRuns = new WeakMap<CleanedArticle, Int32Array>();

/** Simplified and traditional Chinese: segmented by jieba, matched in simplified characters. */
export const chineseProfile: LanguageProfile = {
  langs: ['zh-Hans', 'zh-Hant'],
  vocabulary,
  prepare(article: CleanedArticle, lex: Lexicon, checkpoint): PreparedSentence[] {
    const seen = new EarlierNames();
    const runs = new Int32Array(article.sentences.length);
    speechRuns.set(article, runs);
    return article.sentences.map((sentence, index) => {
      checkpoint();
      const text = lex.simplify(sentence.text);
      runs[index] = latestOpening(article, index, speechOpening(text) >= 0, runs[index - 1] ?? -1);
      const tokens = tokenizeChinese(lex, text);
      const found = findChinesePeople(lex, text, sentence.text, tokens);
      // A name found after a title earlier in the article is a name here too.
      found.push(...seen.findIn(text, found));
      for (const m of found) if (!m.person && m.end - m.start >= 2) seen.remember(text.slice(m.start, m.end), m);
      // Quoted words, or a sentence after them in the same paragraph (李克强表示，…。我此访同…).
      if (QUOTING.test(text) || (runs[index] ?? -1) >= 0) found.push(...speakerMentions(vocabulary, text, found));
      found.sort((a, b) => a.start - b.start);
      return { text, original: sentence.text, mentions: found, dates: withoutPageStamps(vocabulary, text, findDates(text, 'zh')) };
    });
  },
  findMeetings: (sentence, index, next, explain) => findChineseMeetings(vocabulary, sentence.text, sentence.mentions, index, next, explain),
  findPlace: (lex, q) => findChinesePlace(lex, q.text, q.original, tokensOf(lex, q)),
  placeFromDateline: (lex, city) => placeFromDateline(lex, city, true),
  findTripPlace: (lex, q) => findTripPlace(lex, q.text, q.original, vocabulary.trips, true),
  inReportedSpeech(article, index, at) {
    const sentence = article.sentences[index];
    if (!sentence) return false;
    const opening = article.sentences[paragraphOpening(article, index)] ?? sentence;
    return speechOpening(opening.text) >= 0 || speechOpening(sentence.text) >= 0 || /(?:表示|说|指出|强调)[，,]/.test(sentence.text.slice(0, at));
  },
  speakerOf(sentences, article, index) {
    const sentence = article.sentences[index];
    const own = sentences[index];
    if (!sentence || !own) return null;
    const before = (q: PreparedSentence, at: number): Mention | null => q.mentions.filter((m) => !isStandIn(m) && m.end <= at).at(-1) ?? null;
    const here = speechOpening(own.text);
    if (here >= 0) return before(own, here);
    const opening = sentences[paragraphOpening(article, index)];
    const there = opening ? speechOpening(opening.text) : -1;
    if (opening && there >= 0) return before(opening, there);
    // Speech that opens later in the paragraph: 李克强首先转达…。李克强表示，…。我此访同…
    const run = sentences[speechRuns.get(article)?.[index] ?? -1];
    return run ? before(run, speechOpening(run.text)) : null;
  },
  displayName: (mention) => mention.surface,
};
