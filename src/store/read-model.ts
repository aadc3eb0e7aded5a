/** What the store returns to the API: plain records, ids where the API batches the rest. */

export interface CountryRecord {
  readonly id: string;
  readonly iso2: string;
  readonly name: string;
  readonly names: readonly string[];
}

export interface PersonRecord {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly title: string | null;
  readonly country: CountryRecord | null;
}

export interface NamedRecord {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
}

export interface PlaceRecord extends NamedRecord {
  readonly country: CountryRecord | null;
}

export interface ArticleSummary {
  readonly url: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly lang: string;
  readonly contentHash: string;
}

export interface MeetingRecordOut {
  readonly id: string;
  readonly kind: string;
  readonly date: string | null;
  readonly datePrecision: string | null;
  readonly place: PlaceRecord | null;
  readonly participants: readonly PersonRecord[];
  readonly topics: readonly NamedRecord[];
  readonly event: NamedRecord | null;
  readonly sources: readonly { readonly evidence: string; readonly confidence: number; readonly article: ArticleSummary }[];
}

export interface ArticleRecordOut extends ArticleSummary {
  readonly meetingIds: readonly string[];
}

export interface MeetingPage {
  readonly items: readonly { readonly id: string; readonly sortKey: string }[];
  readonly hasNextPage: boolean;
}

export interface CounterpartRecord {
  readonly person: PersonRecord;
  readonly meetingCount: number;
  readonly lastMet: string | null;
}

export interface NetworkRecord {
  readonly nodes: readonly { readonly personId: string; readonly meetingCount: number; readonly depth: number }[];
  readonly edges: readonly { readonly source: string; readonly target: string; readonly meetingCount: number; readonly lastDate: string | null }[];
}

/** Meeting filters with names already resolved to ids (null = no constraint). */
export interface MeetingQuery {
  readonly participants: readonly string[];
  readonly kind: string | null;
  readonly topicIds: readonly string[] | null;
  readonly placeIds: readonly string[] | null;
  /** Where the meeting was held. */
  readonly countryId: string | null;
  /** Countries that each had a participant. */
  readonly countryIds: readonly string[];
  readonly from: string | null;
  readonly to: string | null;
}
