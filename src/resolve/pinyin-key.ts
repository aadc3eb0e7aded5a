import { pinyin } from 'pinyin-pro';
import { nameKey } from './normalize-name.ts';

/**
 * The toneless pinyin key of a Chinese name ("王毅" → "wangyi"), reading the first character as a
 * surname so polyphonic surnames come out right (单 shan, 曾 zeng). Non-Han characters are dropped.
 */
export function pinyinKey(han: string): string {
  const syllables = pinyin(han, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed' });
  return nameKey(syllables.join(''));
}
