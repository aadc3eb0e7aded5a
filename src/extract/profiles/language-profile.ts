import type { CleanedArticle } from '../../ingest/index.ts';
import type { Lang, Place } from '../article-triples.ts';
import type { Explain } from '../explain.ts';
import type { DateExpression } from '../find-dates.ts';
import type { TripPlace } from '../find-place.ts';
import type { Lexicon } from '../lexicon.ts';
import type { MeetingCandidate } from '../meeting-candidate.ts';
import type { Mention } from '../mention.ts';
import type { CompiledVocabulary } from '../vocabulary/compile-vocabulary.ts';

/** A sentence prepared for matching. */
export interface PreparedSentence {
  /** The form the vocabulary matches: simplified Chinese, or English as written. */
  readonly text: string;
  /** The sentence in the article's own script, of the same length where the script allows. */
  readonly original: string;
  /** Named people, and the speaker (我, I) and addressee (总统先生, you) of quoted words. */
  readonly mentions: readonly Mention[];
  readonly dates: readonly DateExpression[];
  /** English: the places compromise found, when the sentence was parsed while being prepared. */
  readonly placeNames?: readonly string[];
}

/**
 * Everything the extractor knows of one language: how to segment it, find people, meeting
 * frames, places and dates, and which of its words report speech. Adding a language is adding a
 * profile (and its vocabulary file) to the registry.
 */
export interface LanguageProfile {
  readonly langs: readonly Lang[];
  readonly vocabulary: CompiledVocabulary;
  /**
   * Segments every sentence and finds its people and dates, carrying names across sentences;
   * `checkpoint` is called before each sentence (what it throws stops the article).
   */
  prepare(article: CleanedArticle, lex: Lexicon, checkpoint: () => void): PreparedSentence[];
  /** The meetings one sentence states; `next` is the sentence after it (attendees may stand there). */
  findMeetings(sentence: PreparedSentence, index: number, next: PreparedSentence | null, explain?: Explain): MeetingCandidate[];
  findPlace(lex: Lexicon, sentence: PreparedSentence): Place | null;
  placeFromDateline(lex: Lexicon, city: string): Place | null;
  /** Where the sentence says someone travelled (visited Moscow, 抵达北京), and where its cue stands. */
  findTripPlace(lex: Lexicon, sentence: PreparedSentence): TripPlace | null;
  /** Whether a meeting at `at` of sentence `index` is stated inside someone's reported words. */
  inReportedSpeech(article: CleanedArticle, index: number, at: number): boolean;
  /** The person whose words sentence `index` reports (王毅表示, "… , Wang said"), if named. */
  speakerOf(sentences: readonly PreparedSentence[], article: CleanedArticle, index: number): Mention | null;
  /** A participant's output name: English prefers the knowledge base's full name to a bare surname. */
  displayName(mention: Mention): string;
}
