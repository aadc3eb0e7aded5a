import type { CleanedArticle } from '../../ingest/index.ts';
import { findChineseMeetings } from '../find-chinese-meetings.ts';
import { findChinesePeople } from '../find-chinese-people.ts';
import { findDates } from '../find-dates.ts';
import { findChinesePlace, placeFromDateline } from '../find-place.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Mention } from '../mention.ts';
import { tokenizeChinese } from '../tokenize-chinese.ts';
import { loadVocabulary } from '../vocabulary/compile-vocabulary.ts';
import type { LanguageProfile, PreparedSentence } from './language-profile.ts';
import { isStandIn, speakerMentions } from './speaker-mentions.ts';
import { withoutPageStamps } from './page-stamps.ts';

const vocabulary = loadVocabulary('zh');
/** Quoted or reported words: where 我 and 总统先生 can stand for people. */
const QUOTING = /[“”"「」『』：:]|表示|说|指出|强调|认为|称/;

/** A paragraph's opening that reports speech: 王毅表示，…. */
function speechOpening(text: string): number {
  const head = text.slice(0, 17);
  const cue = vocabulary.speech.find(head);
  return cue && !/[，,。：:]/.test(head.slice(0, cue.index)) ? cue.index : -1;
}

/** Simplified and traditional Chinese: segmented by jieba, matched in simplified characters. */
export const chineseProfile: LanguageProfile = {
  langs: ['zh-Hans', 'zh-Hant'],
  vocabulary,
  prepare(article: CleanedArticle, lex: Lexicon): PreparedSentence[] {
    const seen = new Map<string, Mention>();
    return article.sentences.map((sentence) => {
      const text = lex.simplify(sentence.text);
      const tokens = tokenizeChinese(lex, text);
      const found = findChinesePeople(lex, text, sentence.text, tokens);
      // A name found after a title earlier in the article is a name here too.
      for (const [name, earlier] of seen) {
        const at = text.indexOf(name);
        if (at >= 0 && !found.some((m) => at < m.end && at + name.length > m.start)) found.push({ ...earlier, start: at, end: at + name.length, via: 'earlier in the article' });
      }
      for (const m of found) if (!m.person && m.end - m.start >= 2) seen.set(text.slice(m.start, m.end), m);
      if (QUOTING.test(text)) found.push(...speakerMentions(vocabulary, text, found));
      found.sort((a, b) => a.start - b.start);
      return { text, original: sentence.text, tokens, mentions: found, dates: withoutPageStamps(vocabulary, text, findDates(text, 'zh')) };
    });
  },
  findMeetings: (sentence, index, next, explain) => findChineseMeetings(vocabulary, sentence.text, sentence.mentions, index, next, explain),
  findPlace: (lex, q) => findChinesePlace(lex, q.text, q.original, q.tokens),
  placeFromDateline: (lex, city) => placeFromDateline(lex, city, true),
  inReportedSpeech(article, index, at) {
    const sentence = article.sentences[index];
    if (!sentence) return false;
    const opening = article.sentences.find((s) => s.paragraph === sentence.paragraph) ?? sentence;
    return speechOpening(opening.text) >= 0 || speechOpening(sentence.text) >= 0 || /(?:表示|说|指出|强调)[，,]/.test(sentence.text.slice(0, at));
  },
  speakerOf(sentences, article, index) {
    const sentence = article.sentences[index];
    const own = sentences[index];
    if (!sentence || !own) return null;
    const before = (q: PreparedSentence, at: number): Mention | null => q.mentions.filter((m) => !isStandIn(m) && m.end <= at).at(-1) ?? null;
    const here = speechOpening(own.text);
    if (here >= 0) return before(own, here);
    const first = article.sentences.findIndex((s) => s.paragraph === sentence.paragraph);
    const opening = sentences[first];
    const there = opening ? speechOpening(opening.text) : -1;
    return opening && there >= 0 ? before(opening, there) : null;
  },
  displayName: (mention) => mention.surface,
};
