import type { Lang } from '../extract/article-triples.ts';
import type { Simplifier } from './create-simplifier.ts';

const HAN = /[\u3400-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

/**
 * zh-Hans, zh-Hant or en. Chinese when Han characters make up a fair share of the letters; then
 * traditional when enough of them change under traditional → simplified conversion (simplified
 * text changes hardly at all: only a few variant forms).
 */
export function detectLanguage(text: string, simplify: Simplifier): Lang {
  const han = text.match(HAN) ?? [];
  const latin = text.match(LATIN)?.length ?? 0;
  if (han.length === 0 || han.length * 3 < latin) return 'en';
  const sample = han.slice(0, 4000).join('');
  const simplified = simplify(sample);
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== simplified[i]) changed++;
  return changed >= 2 && changed / sample.length >= 0.03 ? 'zh-Hant' : 'zh-Hans';
}
