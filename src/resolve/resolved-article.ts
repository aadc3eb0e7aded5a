import type { Lang, MeetingKind } from '../extract/index.ts';

export type EntityLabel = 'Person' | 'Place' | 'Country' | 'Topic' | 'Event' | 'Organization';

/** Why a mention was linked to its entity; stored on the MENTIONS edge. */
export type LinkReason = 'exact_alias' | 'pinyin' | 'title_context' | 'office_at_date' | 'surname_in_article' | 'fuzzy' | 'new' | 'graph_alias';

/** An entity an article refers to, ready to be merged into the graph by id. */
export interface EntityRecord {
  readonly id: string;
  readonly label: EntityLabel;
  /** Display name for a node created now (English where the knowledge base has one). */
  readonly name: string;
  /** Every surface form to remember for this entity. */
  readonly names: readonly string[];
  /** Normalized name keys: how later articles find this node again. */
  readonly keys: readonly string[];
  /** True when the id was made up for an entity the knowledge base does not know: the graph may know it by one of its keys. */
  readonly provisional: boolean;
  readonly props: Readonly<Record<string, string | number | boolean | null>>;
  /** A place stands IN a country; a person is FROM one. */
  readonly container: { readonly id: string; readonly rel: 'IN' | 'FROM' } | null;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'day_of_year';

export interface MeetingRecord {
  readonly kind: MeetingKind;
  /** As precise as the source: 2025-02-20, 2025-02, 2025, --02-20. */
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  /** The calendar day when the source fixes one, for ordering, ranges and matching. */
  readonly day: string | null;
  readonly participantIds: readonly string[];
  /** The title each participant had in this report ("外交部长"), by participant id. */
  readonly roles: Readonly<Record<string, string>>;
  readonly placeId: string | null;
  readonly topicIds: readonly string[];
  readonly eventId: string | null;
  readonly evidence: string;
  readonly confidence: number;
}

export interface MentionRecord {
  readonly entityId: string;
  readonly text: string;
  /** Offsets of `text` in the evidence sentence it was found in, when found. */
  readonly start: number | null;
  readonly end: number | null;
  readonly reason: LinkReason;
  readonly confidence: number;
}

export interface ArticleRecord {
  readonly url: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly lang: Lang;
  readonly contentHash: string;
  /** The validated triples as JSON: what the article's statements can be rebuilt from. */
  readonly triples: string;
}

/** An article whose mentions are linked to entities: what the store writes in one transaction. */
export interface ResolvedArticle {
  readonly article: ArticleRecord;
  readonly entities: readonly EntityRecord[];
  readonly meetings: readonly MeetingRecord[];
  readonly mentions: readonly MentionRecord[];
}
