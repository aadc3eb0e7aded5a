import { filterMapped, type MappedText } from './mapped-text.ts';

/**
 * A line that opens the page's trailer: everything from it on is teasers, link lists or credits.
 * The line must be short (a heading), so an article sentence that mentions "related" survives.
 */
const TRAILER = /^(?:相关(?:文章|新闻|阅读|报道|链接|推荐)|相關(?:文章|新聞|閱讀|報導|報道|連結)|友情链接|友情鏈接|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门推荐|熱門推薦|热点推荐|更多新闻|更多新聞|猜你喜欢|猜你喜歡|大家都在看|Related(?: (?:articles?|stories|news|content|coverage|posts|reading))?|Read more|Read next|More (?:from|on|stories)\b.*|Most (?:Viewed|Read|Popular)\b.*|Recommended(?: for you)?|You may also like|Also read|Trending|Latest (?:news|stories))\s*[:：>»]*$/i;

/** Lines that are page furniture wherever they appear. */
const FURNITURE = [
  /^[（(]?(?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對|编审|編審|作者|记者|來源|来源|点击|點擊|摄影|攝影|Editor|Edited by|Reporting by|Writing by)\s*[:：]/i,
  /^(?:Share(?: this)?(?:\s*[-–:|].*)?|Share on .*|Follow us.*|Print|Email|Copyright\b.*|©.*|All rights reserved.*|版权所有.*|版權所有.*|返回顶部|返回頂部|打印|关闭|關閉|分享到.*|扫一扫.*|掃一掃.*|Advertisement|Scroll to continue.*|Sign up.*|Subscribe.*)$/i,
  /^(?:图为|圖為|图片来源|圖片來源|资料图|資料圖|Photo\s*:|File photo|Image\s*:|Caption\s*:|\(Photo\b)/i,
  /[（(](?:摄|攝|供图|供圖|Photo by [^)]*)[）)]\s*$/,
];

/**
 * An archive photo's caption that gives a year: it reports an earlier event with its date
 * ("File photo: A meets B in Moscow, May 15, 2018. AGENCY/Photographer"), so its words stay as
 * a sentence without the label and the credit. Undated captions (图为…) repeat the article.
 */
const DATED_CAPTION = /^(\s*(?:file photo|资料图(?:片)?|資料圖(?:片)?)\s*[:：]\s*)(.*?(?:\b(?:19|20)\d{2}\b|(?:19|20)\d{2}年).*?)(?:\s+[A-Z][A-Za-z]+\/[A-Za-z .'-]{2,40}|\s*[（(][^)）]{0,20}[摄攝][)）])?\s*$/i;

/** Navigation: short items separated by bars or arrows, no sentence punctuation. */
function isNavigation(line: string): boolean {
  if (/[。！？.!?]$/.test(line)) return false;
  const separators = line.match(/\s[|｜/>»›]\s|[|｜»›]/g)?.length ?? 0;
  return separators >= 2 && line.length < 200;
}

function isFurniture(line: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(line)) || isNavigation(line);
}

/**
 * Drops page furniture line by line (credits, share bars, captions, navigation) and cuts the
 * trailer (related articles, link lists) once some article text has been seen.
 */
export function removePageNoise(source: MappedText): MappedText {
  const keep = new Uint8Array(source.text.length);
  let start = 0;
  let seenContent = false;
  while (start <= source.text.length) {
    const newline = source.text.indexOf('\n', start);
    const end = newline < 0 ? source.text.length : newline;
    const line = source.text.slice(start, end).trim();
    if (seenContent && TRAILER.test(line)) break;
    const caption = DATED_CAPTION.exec(source.text.slice(start, end));
    if (caption) {
      const from = start + (caption[1]?.length ?? 0);
      keep.fill(1, from, from + (caption[2]?.length ?? 0));
      if (newline >= 0) keep[end] = 1;
    } else if (line !== '' && !isFurniture(line)) {
      keep.fill(1, start, Math.min(end + 1, source.text.length));
      if (line.length > 20) seenContent = true;
    } else if (newline >= 0) {
      keep[end] = 1;
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return filterMapped(source, (i) => keep[i] === 1);
}
