import { describe, expect, test } from 'vitest';
import { foldName, nameKey } from '../../src/resolve/index.ts';

describe('nameKey', () => {
  test.each([
    ['Wang Yi', 'wangyi'],
    ['WANG-YI', 'wangyi'],
    ['  wang   yi ', 'wangyi'],
    ['普丁', '普丁'],
    ['拉夫羅夫', '拉夫罗夫'],
    ['謝爾蓋·拉夫羅夫', '谢尔盖拉夫罗夫'],
    ['谢尔盖•拉夫罗夫', '谢尔盖拉夫罗夫'],
    ['谢尔盖‧拉夫罗夫', '谢尔盖拉夫罗夫'],
    ['セルゲイ・ラブロフ', 'セルゲイラブロフ'],
    ['Zelénskyy', 'zelenskyy'],
    ['Tsai Ing‑wen', 'tsaiingwen'],
    ['Ｗａｎｇ　Ｙｉ', 'wangyi'],
    ['U.S.', 'us'],
    ["O'Brien", 'obrien'],
  ])('keys %s as %s', (input, key) => {
    expect(nameKey(input)).toBe(key);
  });

  test('gives simplified and traditional spellings of a name one key', () => {
    expect(nameKey('弗拉基米爾·澤倫斯基')).toBe(nameKey('弗拉基米尔·泽伦斯基'));
  });
});

describe('foldName', () => {
  test.each([
    ['Russian Foreign Minister Sergei Lavrov', 'russian foreign minister sergei lavrov'],
    ['外交部長王毅', '外交部长王毅'],
    ['Sino-Russian relations', 'sino russian relations'],
  ])('folds %s to %s, keeping word boundaries', (input, folded) => {
    expect(foldName(input)).toBe(folded);
  });
});
