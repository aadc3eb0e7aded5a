import type { Dateline } from './cleaned-article.ts';

/** News agencies and outlets that open reports with a dateline. */
const ZH_AGENCY = '(?:新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|央视新闻|央視新聞|中央社|国际在线|國際在線|环球网|環球網|环球时报|環球時報|本报|本報|法新社|路透社|美联社|美聯社|塔斯社|共同社|韩联社|韓聯社|香港中通社|中通社|星岛|星島)';
/** A month or day in digits or in Chinese numerals (九月二十二日电). */
const ZH_DAY_NUMBER = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const ZH_DATELINE = new RegExp(`${ZH_AGENCY}(?:\\s*(?:驻[^\\d\\s]{1,8}?)?(?:记者|記者|特派记者|特派記者))?\\s*([^\\d\\s,，。:：()（）]{0,16}?)\\s*(?:${ZH_DAY_NUMBER}月)?${ZH_DAY_NUMBER}日\\s*(?:综合外电|綜合外電|综合|綜合)?(?:电|電|消息|讯|訊|报道|报导|報導)`);

/** 9, 九 → 9; 二十二 → 22; 十五 → 15. */
function dayNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const digit = (c: string | undefined): number => '一二三四五六七八九'.indexOf(c ?? '') + 1;
  const ten = text.indexOf('十');
  if (ten < 0) return digit(text);
  return (ten === 0 ? 1 : digit(text[ten - 1])) * 10 + digit(text[ten + 1]);
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_AGENCY = '(?:Reuters|AP|AFP|Xinhua|IANS|PTI|ANI|UNI|Bloomberg|TASS|Sputnik|Kyodo|Yonhap|dpa|CNA|Anadolu)';
const EN_DATELINE = new RegExp(
  `^\\s*([A-Z][A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+){0,3})(?:,\\s*[A-Z][A-Za-z.]+)?\\s*(?:[,:]\\s*|\\s+)?(?:\\(?(${MONTHS.join('|')})[a-z]*\\.?\\s+(\\d{1,2})\\)?)?\\s*(?:\\(${EN_AGENCY}\\))?\\s*[-—–:]`,
  'im',
);

/** A line of its own: "Geneva, March 3" or "United Nations/New York, September 26". */
const TITLE_WORDS = "[A-Z][\\w.'\\-]*(?: (?:of |de |la )?[A-Z][\\w.'\\-]*){0,3}";
const EN_PLACE_DATE_LINE = new RegExp(`^[ \\t]*(${TITLE_WORDS}(?:/${TITLE_WORDS})*),[ \\t]+(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})[a-z]*\\.?[ \\t]+(\\d{1,2})[ \\t]*$`, 'm');
/** A byline of its own: "Press Trust of India New Delhi", "Reuters Geneva". */
const EN_AGENCY_LINE = /^[ \t]*(?:Press Trust of India|Agence France-Presse|Associated Press|Reuters|Xinhua|PTI|ANI|IANS|AFP|AP)[ \t]+((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})[ \t]*$/m;

/** Upper-case labels that open a story the way a dateline does ("UPDATE:", "WATCH:"), but name no place. */
const KICKER = /^(?:UPDATE[D]?|BREAKING(?: NEWS)?|WATCH|EXCLUSIVE|ANALYSIS|OPINION|LIVE|VIDEO|PHOTOS?|READ(?: ALSO| MORE)?|ALSO READ|NOTE|EDITOR'S NOTE|FILE|FACTBOX|EXPLAINER)$/;

function titleCase(city: string): string {
  return city.toLowerCase().replace(/(^|[\s'-])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The dateline at the top of a report. Chinese: agency, optional reporter, city, month, day, 电
 * (the city is returned as written, possibly with the reporter's name before it: the extractor
 * matches known places at its end). English: an upper-case city, an optional date and agency.
 */
export function findDateline(text: string): Dateline | null {
  const head = text.slice(0, 400);
  const zh = ZH_DATELINE.exec(head);
  if (zh) return { city: zh[1] || null, month: zh[2] ? dayNumber(zh[2]) : null, day: dayNumber(zh[3] ?? '') };
  const en = EN_DATELINE.exec(head);
  const city = en?.[1];
  if (!en || city === undefined || city.length < 3) return datelineLine(text.slice(0, 1500));
  const hasDate = en[2] !== undefined;
  const hasAgency = /\(\w+\)\s*[-—–:]$/.test(en[0]);
  if ((!hasDate && !hasAgency && !/[:]$/.test(en[0].trim())) || city !== city.toUpperCase() || KICKER.test(city)) return datelineLine(text.slice(0, 1500));
  return {
    city: titleCase(city),
    month: hasDate ? MONTHS.indexOf((en[2] ?? '').slice(0, 3).toLowerCase()) + 1 : null,
    day: hasDate ? Number(en[3]) : null,
  };
}

/**
 * Datelines set as lines of their own in scraped pages: a place and a date ("United
 * Nations/New York, September 26": the last place named is where the report was filed), or an
 * agency's byline with its city.
 */
function datelineLine(head: string): Dateline | null {
  const placeDate = EN_PLACE_DATE_LINE.exec(head);
  if (placeDate) {
    const city = placeDate[1]!.split('/').pop()!.trim();
    return { city, month: MONTHS.indexOf(placeDate[2]!.slice(0, 3).toLowerCase()) + 1, day: Number(placeDate[3]) };
  }
  const byline = EN_AGENCY_LINE.exec(head);
  return byline ? { city: byline[1]!, month: null, day: null } : null;
}
