/**
 * Okabe-Ito: eight colours told apart with every common colour-vision deficiency. Black is kept
 * for text and the yellow is too pale on white, so the seven in between take the seven countries
 * with most people in view; every other country shares grey.
 */
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'] as const;
export const OTHER_COUNTRY_COLOR = '#9A9A9A';
export const NO_COUNTRY_COLOR = '#C8C8C8';

export interface CountryColors {
  /** Country code → colour for the countries in view that have their own colour, most people first. */
  readonly named: ReadonlyMap<string, string>;
  /** Every country given a colour so far, in view or not: pass it back as `previous`. */
  readonly remembered: ReadonlyMap<string, string>;
  colorOf(iso2: string | null): string;
}

/**
 * Gives the countries of the people in view their colours, by how many people each has. Countries
 * coloured in `previous` keep their colour, so narrowing a filter does not repaint the view.
 */
export function assignCountryColors(countries: Iterable<string | null>, previous: ReadonlyMap<string, string> = new Map()): CountryColors {
  const counts = new Map<string, number>();
  for (const iso2 of countries) if (iso2) counts.set(iso2, (counts.get(iso2) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([iso2]) => iso2);
  const kept = new Map([...previous].filter(([, color]) => (OKABE_ITO as readonly string[]).includes(color)));
  const free = OKABE_ITO.filter((color) => ![...kept.values()].includes(color));
  for (const iso2 of ranked) if (!kept.has(iso2) && free.length > 0) kept.set(iso2, free.shift()!);
  // The legend lists the countries in view, most people first.
  const named = new Map(ranked.filter((iso2) => kept.has(iso2)).map((iso2) => [iso2, kept.get(iso2)!]));
  return {
    named,
    remembered: kept,
    colorOf: (iso2) => (iso2 === null ? NO_COUNTRY_COLOR : (kept.get(iso2) ?? OTHER_COUNTRY_COLOR)),
  };
}
