import { NO_COUNTRY_COLOR, OTHER_COUNTRY_COLOR, type CountryColors } from './country-colors.ts';
import { el } from './create-element.ts';

/** The key to the node colours: one swatch per country with its own colour, then the shared greys. */
export function renderCountryLegend(container: HTMLElement, colors: CountryColors, countryNames: ReadonlyMap<string, string>, hasOther: boolean, hasUnknown: boolean): void {
  const item = (color: string, text: string) => {
    const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = color;
    return el('li', {}, swatch, text);
  };
  container.replaceChildren(
    el(
      'ul',
      { class: 'legend', 'aria-label': 'Node colour: country' },
      [...colors.named].map(([iso2, color]) => item(color, countryNames.get(iso2) ?? iso2)),
      hasOther ? item(OTHER_COUNTRY_COLOR, 'other countries') : null,
      hasUnknown ? item(NO_COUNTRY_COLOR, 'country unknown') : null,
    ),
  );
}
