import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '../kb/index.ts';
import { createResolver } from './create-resolver.ts';
import { nameKey } from './normalize-name.ts';
import type { Link, Linker } from './resolve-article.ts';
import type { EntityLabel, LinkReason } from './resolved-article.ts';

/** Ids for entities the knowledge base does not know: stable per name key, so reports converge. */
function provisionalId(prefix: string, key: string): string {
  return `${prefix}:n-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

function keysOf(names: readonly string[]): string[] {
  return [...new Set(names.map(nameKey).filter((key) => key !== ''))];
}

interface LinkParts {
  readonly id: string;
  readonly label: EntityLabel;
  readonly name: string;
  readonly names: readonly string[];
  readonly provisional: boolean;
  readonly reason: LinkReason;
  readonly confidence: number;
  readonly props?: Link['props'];
  readonly container?: Link['container'];
  readonly extraKeys?: readonly string[];
}

function link(parts: LinkParts): Link {
  const names = [...new Set([parts.name, ...parts.names])];
  return {
    id: parts.id,
    label: parts.label,
    name: parts.name,
    names,
    keys: [...new Set([...(parts.extraKeys ?? []), ...keysOf(names)])],
    provisional: parts.provisional,
    props: parts.props ?? {},
    container: parts.container ?? null,
    reason: parts.reason,
    confidence: parts.confidence,
  };
}

/** The knowledge-base linker: the Resolver's decisions as graph entities. */
export function createLinker(kb: KnowledgeBase): Linker {
  const resolver = createResolver(kb);
  const personCountry = new Map(kb.people.map((person) => [person.id, person.country]));
  const countries = new Map(kb.countries.map((country) => [country.iso2, country]));

  const countryLink = (iso2: string | null, reason: LinkReason = 'exact_alias'): Link | null => {
    const country = iso2 ? countries.get(iso2) : undefined;
    if (!country) return null;
    const { en, zhHans, zhHant, aliases } = country.names;
    return link({ id: country.id, label: 'Country', name: en, names: [en, zhHans, zhHant, ...aliases], provisional: false, reason, confidence: 1, props: { iso2: country.iso2 } });
  };
  const inCountry = (iso2: string | null | undefined) => (iso2 && countries.has(iso2) ? { id: `country:${iso2.toLowerCase()}`, rel: 'IN' as const } : null);

  return {
    person(mention, context) {
      const found = resolver.resolvePerson(mention, context);
      const props: Link['props'] = mention.title ? { title: mention.title } : {};
      switch (found.kind) {
        case 'unnamed':
          return null;
        case 'known': {
          const iso2 = personCountry.get(found.id);
          return link({ ...found, label: 'Person', provisional: false, props, container: iso2 ? { id: `country:${iso2.toLowerCase()}`, rel: 'FROM' } : null });
        }
        case 'new':
          return link({ ...found, id: provisionalId('person', found.key), label: 'Person', provisional: true, props, extraKeys: [found.key] });
      }
    },
    place(mention) {
      const found = resolver.resolvePlace(mention);
      switch (found.kind) {
        case 'known':
          return {
            place: link({ id: found.id, label: 'Place', name: found.name, names: found.names, provisional: false, reason: 'exact_alias', confidence: 1, props: { kind: found.placeKind }, container: inCountry(found.iso2) }),
            country: countryLink(found.iso2),
          };
        case 'country':
          return { place: null, country: countryLink(found.iso2) };
        case 'new':
          return {
            place: link({ id: provisionalId('place', found.key), label: 'Place', name: found.name, names: found.names, provisional: true, reason: 'new', confidence: 0.5, props: { kind: found.placeKind }, container: inCountry(found.iso2), extraKeys: [found.key] }),
            country: countryLink(found.iso2),
          };
      }
    },
    topic(mention) {
      const found = resolver.resolveTopic(mention);
      switch (found.kind) {
        case 'known':
          return link({ ...found, label: 'Topic', provisional: false, reason: 'exact_alias', confidence: 1 });
        case 'relations':
          return link({ id: found.id, label: 'Topic', name: found.name, names: [found.names.en, found.names.zhHans, found.names.zhHant, ...mention.aliases], provisional: false, reason: 'exact_alias', confidence: 1 });
        case 'new':
          return link({ id: provisionalId('topic', found.key), label: 'Topic', name: found.name, names: found.names, provisional: true, reason: 'new', confidence: 0.5, extraKeys: [found.key] });
      }
    },
    event(mention) {
      const names = [mention.name, ...mention.aliases];
      return link({ id: provisionalId('event', nameKey(mention.name)), label: 'Event', name: mention.name, names, provisional: true, reason: 'new', confidence: 0.5 });
    },
    country(text) {
      const code = text.trim().toUpperCase();
      return countryLink(/^[A-Z]{2}$/.test(code) && countries.has(code) ? code : resolver.resolveCountry(text));
    },
  };
}
