import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { decodeEntity } from './decode-entity.ts';
import { createMappedBuilder, type MappedText } from './mapped-text.ts';

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'figcaption', 'head', 'menu']);
/** Elements that end a line: the cleaner and the sentence splitter work on lines. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'section', 'article', 'header', 'blockquote', 'figure', 'dd', 'dt', 'pre', 'hr', 'title', 'main']);
/** class or id words of page chrome: share bars, related links, breadcrumbs, captions. */
const CHROME = /\b(related|recommend|share|sharing|social|breadcrumb|footer|sidebar|comment|caption|navbar|nav|menu|advert|ad-|promo|subscribe|copyright|editor)\b/i;
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'col', 'area', 'base', 'embed', 'param', 'track']);
const AMPERSAND = 0x26;
const MARKED_BY = new Set(['class', 'id', 'role']);

/**
 * Elements nested deeper than this are read as if flattened, and an end tag looks this far down
 * the open elements for its start: a page of 50,000 nested tags costs what a flat one does.
 */
const MAX_DEPTH = 256;
const CLOSE_SEARCH = 64;

/**
 * The visible text of an HTML page, one line per block element, with each character's offset in
 * the HTML. htmlparser2's tokenizer reads the markup (comments, raw-text elements, quoted
 * attributes, broken tags); the open elements are tracked here with bounded depth. Nothing runs.
 * Scripts, styles, navigation, footers, captions and elements marked as chrome are dropped.
 */
export function stripHtml(html: string): MappedText {
  const out = createMappedBuilder();
  const open: { readonly name: string; readonly skipped: boolean }[] = [];
  let skipping = 0;
  let tag = '';
  let tagStart = 0;
  let attribute = '';
  let value = '';
  let chrome = false;

  /** HTML `[from, to)` as it stands, tabs and carriage returns as spaces, offsets one to one. */
  const pushSource = (from: number, to: number): void => {
    if (to > from) out.pushRange(html.slice(from, to).replace(/[\r\t]/g, ' '), from);
  };
  const lineBreak = (at: number): void => {
    if (skipping === 0) out.pushAt('\n', at);
  };
  const text = (from: number, to: number): void => {
    if (skipping > 0) return;
    let run = from;
    // Scans only [from, to): an indexOf from here would run on to the page's next '&' each time.
    for (let i = from; i < to; i++) {
      if (html.charCodeAt(i) !== AMPERSAND) continue;
      const entity = decodeEntity(html, i);
      if (!entity || i + entity.length > to) continue;
      pushSource(run, i);
      out.pushAt(entity.char, i);
      run = i + entity.length;
      i = run - 1;
    }
    pushSource(run, to);
  };
  const openElement = (selfClosing: boolean): void => {
    if (BLOCK.has(tag)) lineBreak(tagStart);
    if (selfClosing || VOID.has(tag) || open.length >= MAX_DEPTH) return;
    const skipped = SKIPPED.has(tag) || chrome;
    open.push({ name: tag, skipped });
    if (skipped) skipping++;
  };
  const closeElement = (name: string, at: number): void => {
    for (let k = open.length - 1; k >= Math.max(0, open.length - CLOSE_SEARCH); k--) {
      if (open[k]?.name !== name) continue;
      for (const element of open.splice(k)) if (element.skipped) skipping--;
      break;
    }
    if (BLOCK.has(name)) lineBreak(at);
  };

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tag = html.slice(start, end).toLowerCase();
      tagStart = start - 1;
      chrome = false;
    },
    onattribname(start, end) {
      attribute = html.slice(start, end).toLowerCase();
      value = '';
    },
    onattribdata(start, end) {
      if (MARKED_BY.has(attribute)) value += html.slice(start, end);
    },
    onattribentity() {},
    onattribend() {
      if (MARKED_BY.has(attribute) && CHROME.test(value)) chrome = true;
    },
    onopentagend: () => openElement(false),
    onselfclosingtag: () => openElement(true),
    onclosetag(start, end) {
      closeElement(html.slice(start, end).toLowerCase(), start - 2);
    },
    ontext: text,
    ontextentity() {},
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  };
  const tokenizer = new Tokenizer({ decodeEntities: false }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return out.finish(html.length);
}
