/**
 * Resolution: links each mention of an article to the entity it names (knowledge base first,
 * then names the graph already knows), and decides which reports are the same meeting.
 */
/** Name keys: `nameKey` for every alias comparison, `foldName` keeping word boundaries, `hasHan` for script checks. */
export { nameKey, foldName, hasHan } from './normalize-name.ts';
/** Builds the knowledge-base resolver: person, place, country, topic and organization linking with indexes built once. */
export { createResolver } from './create-resolver.ts';
/** Whether two meeting records are one real meeting (participants, date, place, kind). */
export { sameMeeting } from './same-meeting.ts';
export type { MeetingFacts, SameMeetingReason } from './same-meeting.ts';
/** The stable relations topic of two countries (`topic:relations-cn-ru`) with names in three scripts. */
export { bilateralTopic } from './bilateral-topic.ts';
export type { BilateralTopic } from './bilateral-topic.ts';
export { resolveArticle, contentHashOf, datePrecisionOf } from './resolve-article.ts';
export type { Link, Linker } from './resolve-article.ts';
export { createLinker } from './create-linker.ts';
/** The resolver's contract: mentions in, links out, each with a reason and a confidence. */
export type {
  Resolver,
  PersonContext,
  PersonMention,
  PersonLink,
  PersonLinkReason,
  PlaceMention,
  PlaceLink,
  TopicMention,
  TopicLink,
  ScriptNames,
  OrganizationLink,
} from './resolver.ts';
export type {
  ArticleRecord,
  DatePrecision,
  EntityLabel,
  EntityRecord,
  LinkReason,
  MeetingRecord,
  MentionRecord,
  ResolvedArticle,
} from './resolved-article.ts';
