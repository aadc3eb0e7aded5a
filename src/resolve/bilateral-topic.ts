import * as OpenCC from 'opencc-js';
import type { Country } from '../kb/index.ts';
import { once } from './once.ts';
import type { ScriptNames } from './resolver.ts';

/** The relations between two countries as a topic entity. */
export interface BilateralTopic {
  readonly id: string;
  readonly countries: readonly [string, string];
  readonly names: ScriptNames;
}

/** Built on first use and shared: a pure function, so sharing leaks nothing between callers. */
const toTraditional = once(() => OpenCC.Converter({ from: 'cn', to: 'tw' }));

/** The one-character form Chinese uses in compounds (中, 俄, 美), when the KB lists one. */
function abbreviation(country: Country): string | undefined {
  return country.demonyms.find((form) => form.length === 1 && /[\u4e00-\u9fff]/.test(form));
}

/**
 * The topic "relations between A and B". The id sorts the iso2 codes, so "中俄关系",
 * "China-Russia relations" and "Russia–China ties" are one node; names follow the same order:
 * "China–Russia relations", "中俄关系" (or "中国与俄罗斯关系" when a country has no one-character form).
 */
export function bilateralTopic(a: Country, b: Country): BilateralTopic {
  const [first, second] = a.iso2 < b.iso2 ? [a, b] : [b, a];
  const shortFirst = abbreviation(first);
  const shortSecond = abbreviation(second);
  const zhHans =
    shortFirst !== undefined && shortSecond !== undefined ? `${shortFirst}${shortSecond}关系` : `${first.names.zhHans}与${second.names.zhHans}关系`;
  // Characters are converted one by one: OpenCC segments "中俄关系" as 俄关 + 系 and writes 關系.
  const zhHant =
    shortFirst !== undefined && shortSecond !== undefined
      ? `${toTraditional()(shortFirst)}${toTraditional()(shortSecond)}關係`
      : `${first.names.zhHant}與${second.names.zhHant}關係`;
  return {
    id: `topic:relations-${first.iso2.toLowerCase()}-${second.iso2.toLowerCase()}`,
    countries: [first.iso2, second.iso2],
    names: { en: `${first.names.en}–${second.names.en} relations`, zhHans, zhHant },
  };
}
