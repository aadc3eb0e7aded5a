import type { OrganizationEntry } from '../kb/index.ts';
import { buildMultiMap } from './multi-map.ts';
import { nameKey } from './normalize-name.ts';
import type { OrganizationLink } from './resolver.ts';

/** Organization linking by name, acronym or alias in any script; anything else is new, keyed by name. */
export function createOrganizationResolver(organizations: readonly OrganizationEntry[]): (text: string) => OrganizationLink {
  const byAlias = buildMultiMap(
    organizations.flatMap((org) => [org.names.en, org.names.zhHans, org.names.zhHant, ...org.names.aliases].map((name) => [nameKey(name), org] as const)),
  );
  return (text) => {
    const found = byAlias.get(nameKey(text)) ?? [];
    const [org] = found;
    if (found.length === 1 && org !== undefined) {
      const { en, zhHans, zhHant, aliases } = org.names;
      return { kind: 'known', id: org.id, iso2: org.country ?? null, name: en, names: [...new Set([en, zhHans, zhHant, ...aliases, text.trim()])] };
    }
    return { kind: 'new', key: nameKey(text), name: text.trim(), names: [text.trim()] };
  };
}
