import * as OpenCC from 'opencc-js';

/** Converts traditional Chinese to simplified, character for character where OpenCC allows. */
export type Simplifier = (text: string) => string;

/** Interpuncts of transliterated names, unified so 約翰‧基 and 约翰·基 match. */
const INTERPUNCT = /[‧•・∙⋅]/g;

/**
 * Builds the traditional → simplified converter once (its dictionaries take a while to load);
 * the caller keeps it and passes it down. Interpuncts are unified too, length preserved.
 */
export function createSimplifier(): Simplifier {
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  return (text) => convert(text).replace(INTERPUNCT, '·');
}
