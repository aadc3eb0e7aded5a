import type { Country, PlaceEntry } from '../kb/index.ts';
import { buildMultiMap } from './multi-map.ts';
import { nameKey } from './normalize-name.ts';
import type { PlaceLink, PlaceMention } from './resolver.ts';

function listedNames(entry: { names: PlaceEntry['names'] }): string[] {
  const { en, zhHans, zhHant, aliases } = entry.names;
  return [...new Set([en, zhHans, zhHant, ...aliases])];
}

/**
 * Place linking: a known venue (with its city), else a known city, else the country alone; an
 * unknown city or venue becomes a new place keyed by name. A country given with the place keeps
 * namesakes apart (a Victoria in Canada is not one in the Seychelles).
 */
export function createPlaceResolver(
  places: readonly PlaceEntry[],
  countries: readonly Country[],
  resolveCountry: (text: string) => string | null,
): (place: PlaceMention) => PlaceLink {
  const byAlias = buildMultiMap(places.flatMap((place) => listedNames(place).map((name) => [nameKey(name), place] as const)));
  const countryByIso = new Map(countries.map((country) => [country.iso2, country]));

  const known = (place: PlaceEntry): PlaceLink => ({
    kind: 'known',
    id: place.id,
    placeKind: place.kind,
    cityId: place.kind === 'venue' ? (place.city ?? null) : null,
    iso2: place.country,
    name: place.names.en,
    names: listedNames(place),
  });

  const countryLink = (iso2: string): PlaceLink | null => {
    const country = countryByIso.get(iso2);
    return country === undefined ? null : { kind: 'country', id: country.id, iso2, name: country.names.en };
  };

  return (mention) => {
    const iso2 = mention.country === null ? null : resolveCountry(mention.country);
    /** The single place of a kind that any of the texts names, within the given country. */
    const find = (texts: readonly (string | null)[], kind: PlaceEntry['kind']): PlaceEntry | null => {
      const found = new Set(texts.flatMap((text) => (text === null ? [] : (byAlias.get(nameKey(text)) ?? []))));
      const fitting = [...found].filter((place) => place.kind === kind && (iso2 === null || place.country === iso2));
      return fitting.length === 1 ? (fitting[0] ?? null) : null;
    };
    const venue = mention.venue === null ? null : find([mention.venue, ...mention.aliases], 'venue');
    if (venue !== null) return known(venue);
    const city = find([mention.city, ...(mention.venue === null ? mention.aliases : [])], 'city');
    if (city !== null && mention.venue === null) return known(city);
    if (mention.venue !== null) {
      const names = [mention.venue, ...mention.aliases];
      return { kind: 'new', key: nameKey(mention.venue), placeKind: 'venue', cityId: city?.id ?? null, iso2: city?.country ?? iso2, name: mention.venue, names };
    }
    if (mention.city !== null) {
      // Extractors sometimes put a city-state or a country in the city slot ("Singapore", "俄罗斯").
      const asCountry = resolveCountry(mention.city);
      if (asCountry !== null && (iso2 === null || iso2 === asCountry)) return countryLink(asCountry) ?? newCity(mention.city, mention.aliases, iso2);
      return newCity(mention.city, mention.aliases, iso2);
    }
    return (iso2 === null ? null : countryLink(iso2)) ?? newCity(mention.country ?? '', mention.aliases, null);
  };
}

function newCity(city: string, aliases: readonly string[], iso2: string | null): PlaceLink {
  return { kind: 'new', key: nameKey(city), placeKind: 'city', cityId: null, iso2, name: city, names: [...new Set([city, ...aliases])] };
}
