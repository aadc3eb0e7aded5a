import { filterMapped, type MappedText } from './mapped-text.ts';

/**
 * Pinyin a converter wrote in parentheses after a character: `長(zhǎng)`, `國(guó)`. Only toned or
 * numbered syllables right after a Han character count, so "(AP)" or "(2024)" survive. Some
 * converters leave a space before the closing parenthesis: `會(huì )`.
 */
const PINYIN = /(?<=[\u3400-\u9fff])[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[1-5]?)\s?[)）]/g;
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ1-5]/;

/** Removes converter pinyin annotations, keeping source offsets of what remains. */
export function removeConverterNoise(source: MappedText): MappedText {
  const drop = new Set<number>();
  for (const m of source.text.matchAll(PINYIN)) {
    if (!TONED.test(m[1] ?? '')) continue;
    for (let k = 0; k < m[0].length; k++) drop.add(m.index + k);
  }
  return drop.size === 0 ? source : filterMapped(source, (i) => !drop.has(i));
}
