/** The people and meeting links drawn in the current view: what the exporters write out. */
export interface SubgraphNode {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  /** ISO 3166 alpha-2, or null when no source gave a country. */
  readonly country: string | null;
  readonly meetingCount: number;
  /** Hops from the centre person. */
  readonly depth: number;
}

export interface SubgraphEdge {
  readonly source: string;
  readonly target: string;
  readonly meetingCount: number;
  readonly lastDate: string | null;
  /** Topic names. */
  readonly topics: readonly string[];
}

export interface ViewSubgraph {
  /** The view's query string (`?person=王毅&depth=2`), so an export says what it is a view of. */
  readonly view: string;
  readonly nodes: readonly SubgraphNode[];
  readonly edges: readonly SubgraphEdge[];
}
