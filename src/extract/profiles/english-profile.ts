import type { CleanedArticle } from '../../ingest/index.ts';
import { findDates } from '../find-dates.ts';
import { findEnglishMeetings } from '../find-english-meetings.ts';
import { findEnglishPeople } from '../find-english-people.ts';
import { findEnglishPlace, findTripPlace, placeFromDateline } from '../find-place.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Mention } from '../mention.ts';
import { loadVocabulary } from '../vocabulary/compile-vocabulary.ts';
import type { LanguageProfile, PreparedSentence } from './language-profile.ts';
import { withoutPageStamps } from './page-stamps.ts';
import { isStandIn, speakerMentions } from './speaker-mentions.ts';

const vocabulary = loadVocabulary('en');

/** Sentences that may hold a meeting: compromise, the slow part, runs only on those. */
function mayReportMeeting(text: string): boolean {
  return vocabulary.frames(text).length > 0 || vocabulary.chaired.find(text) !== null;
}

/** "…, Wang said", "Wang told reporters": the person right before the speech verb. */
function speechAt(text: string): number {
  return vocabulary.speech.find(text)?.index ?? -1;
}

/** English: words and capitalised runs, with compromise for names the knowledge base lacks. */
export const englishProfile: LanguageProfile = {
  langs: ['en'],
  vocabulary,
  prepare(article: CleanedArticle, lex: Lexicon, checkpoint): PreparedSentence[] {
    const seen = new Map<string, Mention>();
    return article.sentences.map((sentence) => {
      checkpoint();
      const text = sentence.text;
      // One parse gives the people now and the places a meeting of this sentence will need.
      const names = mayReportMeeting(text) ? lex.englishNames(text) : null;
      const mentions: Mention[] = findEnglishPeople(lex, text, seen, names?.people ?? []);
      for (const m of mentions) {
        seen.set(m.surface.toLowerCase(), m);
        const last = m.surface.split(/\s+/).pop();
        if (last && m.surface.includes(' ')) seen.set(last.toLowerCase(), m);
      }
      if (/["“”]/.test(text)) mentions.push(...speakerMentions(vocabulary, text, mentions));
      mentions.sort((a, b) => a.start - b.start);
      const dates = withoutPageStamps(vocabulary, text.toLowerCase(), findDates(text, 'en'));
      return { text, original: text, mentions, dates, ...(names ? { placeNames: names.places } : {}) };
    });
  },
  findMeetings: (sentence, index, next, explain) => findEnglishMeetings(vocabulary, sentence.text, sentence.mentions, index, next, explain),
  findPlace: (lex, q) => findEnglishPlace(lex, q.text, q.placeNames ?? lex.englishNames(q.text).places),
  placeFromDateline: (lex, city) => placeFromDateline(lex, city, false),
  findTripPlace: (lex, q) => findTripPlace(lex, q.text, q.original, vocabulary.trips, false),
  inReportedSpeech(article, index, at) {
    const sentence = article.sentences[index];
    return sentence ? vocabulary.speech.find(sentence.text.slice(0, at)) !== null : false;
  },
  speakerOf(sentences, _article, index) {
    const own = sentences[index];
    if (!own) return null;
    const named = own.mentions.filter((m) => !isStandIn(m));
    const at = speechAt(own.text);
    if (at < 0) return null;
    // "…," Putin told him / "…," said Putin: the name next to the verb.
    return named.filter((m) => m.end <= at).at(-1) ?? named.find((m) => m.start > at && m.start - at < 20) ?? null;
  },
  displayName: (mention) => (mention.person && !mention.surface.includes(' ') ? mention.person.en : mention.surface),
};
