/**
 * The shapes of the GraphQL answers the explorer reads. Written out here rather than imported from
 * src/: the page talks to the server over HTTP only, so schema.graphql is the one shared contract.
 */

/** The MeetingKind enum of schema.graphql. */
export const MEETING_KINDS = ['meeting', 'talks', 'phone_call', 'visit', 'multilateral'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export interface CountryData {
  readonly iso2: string;
  readonly name: string;
}

export interface PersonData {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly title?: string | null;
  readonly country: CountryData | null;
}

export interface TopicData {
  readonly id: string;
  readonly name: string;
}

export interface NetworkNodeData {
  readonly person: PersonData;
  readonly meetingCount: number;
  readonly depth: number;
}

export interface NetworkEdgeData {
  readonly source: string;
  readonly target: string;
  readonly meetingCount: number;
  readonly topics: readonly TopicData[];
  readonly lastDate: string | null;
}

export interface NetworkData {
  readonly nodes: readonly NetworkNodeData[];
  readonly edges: readonly NetworkEdgeData[];
}

export interface SourceData {
  readonly evidence: string;
  readonly article: { readonly url: string; readonly title: string | null };
}

export interface MeetingData {
  readonly id: string;
  readonly kind: MeetingKind;
  readonly date: string | null;
  readonly place: { readonly name: string; readonly country: CountryData | null } | null;
  readonly participants: readonly PersonData[];
  readonly topics: readonly TopicData[];
  readonly sources: readonly SourceData[];
}

export interface MeetingPage {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly edges: readonly { readonly node: MeetingData }[];
}

/** One bucket of meetingCounts. */
export interface CountBucketData {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly values: readonly { readonly key: string; readonly label: string }[];
}

/** What the country and topic views read: counts of one filter, several ways. */
export interface SummaryData {
  readonly total: { readonly totalCount: number };
  readonly people: readonly CountBucketData[];
  readonly dyads: readonly CountBucketData[];
  readonly dyadYears: readonly CountBucketData[];
  readonly topics: readonly CountBucketData[];
  readonly months: readonly CountBucketData[];
}

/** The MeetingFilter input of schema.graphql. */
export interface MeetingFilterInput {
  readonly participants?: readonly string[];
  readonly countries?: readonly string[];
  readonly kind?: MeetingKind | null;
  readonly topic?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
}
