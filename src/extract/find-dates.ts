/**
 * A date expression found in a sentence, as precise as written. Relative forms (昨天, on
 * Thursday) carry an offset or a weekday and are resolved against the report's date.
 */
export interface DateExpression {
  readonly index: number;
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** Days from the report date (昨天 → -1). */
  readonly offset: number | null;
  /** 0 = Sunday … 6 = Saturday: the most recent such day on or before the report date. */
  readonly weekday: number | null;
  /** Days from the date the text gave last (同日 and "the same day" 0, 次日 1, 前一天 -1). */
  readonly fromLast?: number;
}

/** Days named by their distance from the date just given. */
const FROM_LAST_ZH: Record<string, number> = { 同日: 0, 同一天: 0, 次日: 1, 翌日: 1, 第二天: 1, 隔天: 1, 前一天: -1, 前一日: -1 };
const FROM_LAST_EN: Record<string, number> = { 'the same day': 0, 'later that day': 0, 'the next day': 1, 'the following day': 1, 'a day later': 1, 'the day before': -1, 'the previous day': -1, 'a day earlier': -1 };
const alternatives = (words: Record<string, number>): string => Object.keys(words).sort((a, b) => b.length - a.length).join('|');
/** A phrase may open a sentence ("The next day"); the rest of the English pattern stays case-sensitive ("may" is no month). */
const capitalisable = (pattern: string): string => pattern.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS_ZH = '日一二三四五六';

/** Chinese numerals as dates write them: 二〇二四年, 九月, 二十二日. */
const ZH_DIGITS = '〇一二三四五六七八九';
const ZH_YEAR = '([〇零一二三四五六七八九]{4})';
const ZH_NUMBER = '([一二三四五六七八九十]{1,3})';
const ZH = new RegExp(
  `(\\d{4})年(\\d{1,2})月(\\d{1,2})日|(\\d{1,2})月(\\d{1,2})日|(?<![\\d月年])(\\d{1,2})日|(昨[天日晚]?|前天|今天|今日|今晚|当天|当日)|(?:周|星期|礼拜)([一二三四五六日天])|(?:${ZH_YEAR}年)?${ZH_NUMBER}月${ZH_NUMBER}日|(${alternatives(FROM_LAST_ZH)})`,
  'g',
);

/** 二〇二四 → 2024 (digit by digit); 二十二 → 22, 十五 → 15, 九 → 9 (tens and units). */
function chineseNumber(text: string, digitByDigit: boolean): number {
  const digit = (c: string): number => (c === '零' ? 0 : ZH_DIGITS.indexOf(c));
  if (digitByDigit) return Number([...text].map(digit).join(''));
  const ten = text.indexOf('十');
  if (ten < 0) return digit(text);
  return (ten === 0 ? 1 : digit(text.slice(0, ten))) * 10 + (ten === text.length - 1 ? 0 : digit(text.slice(ten + 1)));
}
const EN = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b|\\b(yesterday|today|tonight|earlier today|this morning|this afternoon)\\b|\\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b|\\b(${capitalisable(alternatives(FROM_LAST_EN))})\\b`,
  'g',
);
/** A dateline's date is the report's, not the event's: 2月21日电, Feb 7 (Reuters). */
const DATELINE_AFTER = /^\s*(?:电|電|讯|訊|消息|\(\w+\)\s*[-—–])/;

const none = { year: null, month: null, day: null, offset: null, weekday: null };
const monthNumber = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

/** Date expressions of a simplified Chinese or English sentence, in order. */
export function findDates(text: string, lang: 'zh' | 'en'): DateExpression[] {
  const found: DateExpression[] = [];
  for (const m of text.matchAll(lang === 'zh' ? ZH : EN)) {
    if (DATELINE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const index = m.index;
    if (lang === 'zh') {
      if (m[1]) found.push({ ...none, index, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
      else if (m[4]) found.push({ ...none, index, month: Number(m[4]), day: Number(m[5]) });
      else if (m[6]) found.push({ ...none, index, day: Number(m[6]) });
      else if (m[7]) found.push({ ...none, index, offset: m[7].startsWith('昨') ? -1 : m[7] === '前天' ? -2 : 0 });
      else if (m[8]) found.push({ ...none, index, weekday: Math.max(0, WEEKDAYS_ZH.indexOf(m[8] === '天' ? '日' : m[8])) });
      else if (m[12]) found.push({ ...none, index, fromLast: FROM_LAST_ZH[m[12]] ?? 0 });
      else if (m[10] && m[11]) found.push({ ...none, index, year: m[9] ? chineseNumber(m[9], true) : null, month: chineseNumber(m[10], false), day: chineseNumber(m[11], false) });
    } else if (m[1]) found.push({ ...none, index, month: monthNumber(m[1]), day: Number(m[2]), year: m[3] ? Number(m[3]) : null });
    else if (m[4]) found.push({ ...none, index, day: Number(m[4]), month: monthNumber(m[5] ?? ''), year: m[6] ? Number(m[6]) : null });
    else if (m[7]) found.push({ ...none, index, offset: m[7].toLowerCase() === 'yesterday' ? -1 : 0 });
    else if (m[8]) found.push({ ...none, index, weekday: WEEKDAYS_EN.indexOf(m[8].toLowerCase()) });
    else if (m[9]) found.push({ ...none, index, fromLast: FROM_LAST_EN[m[9].toLowerCase()] ?? 0 });
  }
  return found.filter((d) => d.month === null || (d.month >= 1 && d.month <= 12)).filter((d) => d.day === null || (d.day >= 1 && d.day <= 31));
}
