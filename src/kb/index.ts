/**
 * The knowledge base: people, places, organizations, topics, titles and countries, as validated
 * data shipped with Parley. Both the extractor (names for segmentation, title patterns) and the
 * resolver (linking) read it, so it sits below both stages.
 */
export { loadKnowledgeBase, DEFAULT_KB_DIR } from './load-knowledge-base.ts';
export type { KnowledgeBase } from './load-knowledge-base.ts';
export type { Country } from './build-countries.ts';
export type {
  Names,
  Office,
  PersonEntry,
  PlaceEntry,
  OrganizationEntry,
  TopicEntry,
  TitleEntry,
  CountryOverlayEntry,
} from './schema.ts';
export { checkKnowledgeBase, MINIMUM_COUNTS } from './check-knowledge-base.ts';
export type { KnowledgeBaseReport } from './check-knowledge-base.ts';
