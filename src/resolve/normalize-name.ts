import * as OpenCC from 'opencc-js';
import { once } from './once.ts';

/** Han ideographs (CJK Unified Ideographs and Extension A, compatibility ideographs). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * Separators that news writes inside one name: the middle dots of transliterations (·, •, ‧ in
 * Taiwan, ・ in Japan) and every hyphen or dash ("Ing-wen", "Sino–Russian"). They become spaces in
 * the display-preserving form so word boundaries survive for title-chain matching.
 */
const NAME_SEPARATORS = /[\u00b7\u2022\u2027\u30fb\u2219\u22c5\u002d\u2010-\u2015\u2212\ufe63_]/g;

/** What a key drops beyond separators: spaces, and punctuation that varies between outlets ("U.S.", "O'Brien"). */
const KEY_DROPPED = /[\s.,'’‘"“”、]/g;

/**
 * One converter for the process, built on first use: OpenCC's dictionaries take ~20 ms to build,
 * and the converter is a pure function, so sharing it leaks no state between callers.
 */
const toSimplified = once(() => OpenCC.Converter({ from: 'tw', to: 'cn' }));

/** True when the text contains at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * A name folded for comparison but still readable: NFKC (full-width forms), traditional →
 * simplified, lower case, diacritics stripped, name separators turned into single spaces.
 * Title-chain matching runs on this form because it still has word boundaries.
 */
export function foldName(text: string): string {
  let folded = text.normalize('NFKC');
  // The ASCII fast path skips OpenCC, which dominates the cost for Latin names.
  if (hasHan(folded)) folded = toSimplified()(folded);
  return folded
    .toLowerCase()
    .normalize('NFD')
    // Only the Latin, Greek and Cyrillic accents: Japanese voicing marks (ゲ) are combining too.
    // The class lists combining marks on purpose, which is what this lint rule warns about.
    // eslint-disable-next-line no-misleading-character-class
    .replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '')
    .normalize('NFC')
    .replace(NAME_SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Turns an already folded name into its key (spaces and variable punctuation removed). */
export function keyOfFolded(folded: string): string {
  return folded.replace(KEY_DROPPED, '');
}

/**
 * The key every alias comparison uses: "Wang Yi", "wang-yi" and "WANG YI" share one, as do
 * "普丁" and its simplified form, "Zelenskyy" and "Zelénskyy", "谢尔盖·拉夫罗夫" and "谢尔盖拉夫罗夫".
 */
export function nameKey(text: string): string {
  return keyOfFolded(foldName(text));
}
