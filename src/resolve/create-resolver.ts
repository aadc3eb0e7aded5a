import type { KnowledgeBase } from '../kb/index.ts';
import { createCountryIndex } from './country-index.ts';
import { nameKey } from './normalize-name.ts';
import { createPersonIndex } from './person-index.ts';
import { createOrganizationResolver } from './resolve-organization.ts';
import { createPersonResolver } from './resolve-person.ts';
import { createPlaceResolver } from './resolve-place.ts';
import { createTopicResolver } from './resolve-topic.ts';
import type { Resolver } from './resolver.ts';
import { createChainParser } from './title-chain.ts';

/**
 * Builds every index over the knowledge base once (aliases, pinyin, surnames, titles, country
 * forms, fuzzy buckets) so that linking a mention is a few Map lookups on the common path.
 * Build one per knowledge base and share it: it holds no mutable state.
 */
export function createResolver(kb: KnowledgeBase): Resolver {
  const countryIndex = createCountryIndex(kb.countries);
  const resolveCountry = (text: string): string | null => countryIndex.byKey.get(nameKey(text)) ?? null;
  const chain = createChainParser(kb.titles, countryIndex.tokens);
  return {
    resolvePerson: createPersonResolver({ index: createPersonIndex(kb.people), chain, resolveCountry }),
    resolvePlace: createPlaceResolver(kb.places, kb.countries, resolveCountry),
    resolveCountry,
    resolveTopic: createTopicResolver(kb.topics, kb.countries, (key) => countryIndex.byKey.get(key)),
    resolveOrganization: createOrganizationResolver(kb.organizations),
  };
}
