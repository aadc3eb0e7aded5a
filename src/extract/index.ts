/** Extraction: the ingest format (an article and its meetings) and the extractors that produce it. */
export {
  ArticleTriplesSchema,
  MeetingSchema,
  ParticipantSchema,
  PlaceSchema,
  TopicSchema,
  MeetingDate,
  MEETING_KINDS,
  LANGS,
} from './article-triples.ts';
export type { ArticleTriples, ArticleTriplesInput, Meeting, MeetingKind, Participant, Place, Topic, Lang } from './article-triples.ts';
/** The extractor: an article's meetings, built once per process from the knowledge base. */
export { createExtractor, createMeetingExtractor } from './create-extractor.ts';
export type { ArticleExtractor, MeetingExtractor, ExtractorOptions, ExtractOptions } from './create-extractor.ts';
export type { Explain, SentenceExplanation } from './explain.ts';
export { formatExplanation } from './format-explanation.ts';
export { profileFor, LANGUAGE_PROFILES } from './profiles/registry.ts';
export type { LanguageProfile } from './profiles/language-profile.ts';
export { loadVocabulary } from './vocabulary/compile-vocabulary.ts';
export type { CompiledVocabulary } from './vocabulary/compile-vocabulary.ts';
export { buildLexicon } from './build-lexicon.ts';
export type { Lexicon, KnownPerson, KnownPlace, KnownCountry, KnownTopic } from './lexicon.ts';
export { extractMeetings } from './extract-meetings.ts';
/** Pieces of extraction, usable alone. */
export { findChinesePeople } from './find-chinese-people.ts';
export { findEnglishPeople } from './find-english-people.ts';
export { findChineseMeetings } from './find-chinese-meetings.ts';
export { findEnglishMeetings } from './find-english-meetings.ts';
export { findDates } from './find-dates.ts';
export type { DateExpression } from './find-dates.ts';
export { resolveDate } from './resolve-date.ts';
export type { ReportDate } from './resolve-date.ts';
export { findChinesePlace, findEnglishPlace, placeFromDateline } from './find-place.ts';
export { linkTopics } from './link-topics.ts';
export type { TopicWindow } from './link-topics.ts';
export { tokenizeChinese } from './tokenize-chinese.ts';
export type { Token } from './tokenize-chinese.ts';
export type { Mention } from './mention.ts';
export type { MeetingCandidate } from './meeting-candidate.ts';
