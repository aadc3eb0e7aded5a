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
