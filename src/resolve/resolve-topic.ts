import type { Country, TopicEntry } from '../kb/index.ts';
import { bilateralTopic } from './bilateral-topic.ts';
import { buildMultiMap } from './multi-map.ts';
import { foldName, keyOfFolded, nameKey } from './normalize-name.ts';
import { parseRelations } from './parse-relations.ts';
import type { TopicLink, TopicMention } from './resolver.ts';

/**
 * Topic linking: a KB topic by name or alias; else the relations of two countries, named in the
 * phrase ("中俄关系", "Sino-Russian relations") or, for "bilateral relations", the meeting's two
 * countries; else a new topic keyed by its longest name.
 */
export function createTopicResolver(
  topics: readonly TopicEntry[],
  countries: readonly Country[],
  countryOfKey: (key: string) => string | undefined,
): (topic: TopicMention, context?: { readonly countries: readonly string[] }) => TopicLink {
  const byAlias = buildMultiMap(
    topics.flatMap((topic) => [topic.names.en, topic.names.zhHans, topic.names.zhHant, ...topic.names.aliases].map((name) => [nameKey(name), topic] as const)),
  );
  const countryByIso = new Map(countries.map((country) => [country.iso2, country]));

  const relations = (pair: readonly string[]): TopicLink | null => {
    const [a, b] = pair.map((iso2) => countryByIso.get(iso2));
    if (a === undefined || b === undefined || a.iso2 === b.iso2) return null;
    const topic = bilateralTopic(a, b);
    return { kind: 'relations', id: topic.id, countries: topic.countries, name: topic.names.en, names: topic.names };
  };

  return (mention, context) => {
    const forms = [...new Set([mention.name, ...mention.aliases])];
    const found = new Set(forms.flatMap((form) => byAlias.get(nameKey(form)) ?? []));
    const [only] = found;
    if (found.size === 1 && only !== undefined) {
      const { en, zhHans, zhHant, aliases } = only.names;
      return { kind: 'known', id: only.id, name: en, names: [...new Set([en, zhHans, zhHant, ...aliases, ...forms])] };
    }
    for (const form of forms) {
      const parsed = parseRelations(foldName(form), countryOfKey);
      const link = parsed === null ? null : 'countries' in parsed ? relations(parsed.countries) : relations([...new Set(context?.countries ?? [])]);
      if (link !== null) return link;
    }
    const name = forms.reduce((a, b) => (keyOfFolded(foldName(b)).length > keyOfFolded(foldName(a)).length ? b : a));
    return { kind: 'new', key: nameKey(name), name, names: forms };
  };
}
