import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { decodeEntity } from './decode-entity.ts';
import type { MappedText } from './mapped-text.ts';

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'figcaption', 'head', 'menu']);
/** Elements that end a line: the cleaner and the sentence splitter work on lines. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'section', 'article', 'header', 'blockquote', 'figure', 'dd', 'dt', 'pre', 'hr', 'title', 'main']);
/** class or id words of page chrome: share bars, related links, breadcrumbs, captions. */
const CHROME = /\b(related|recommend|share|sharing|social|breadcrumb|footer|sidebar|comment|caption|navbar|nav|menu|advert|ad-|promo|subscribe|copyright|editor)\b/i;
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'col', 'area', 'base', 'embed', 'param', 'track']);
const MARKED_BY = new Set(['class', 'id', 'role']);

/**
 * Elements nested deeper than this are read as if flattened, and an end tag looks this far down
 * the open elements for its start: a page of 50,000 nested tags costs what a flat one does.
 */
const MAX_DEPTH = 256;
const CLOSE_SEARCH = 64;

/** The text being built, each UTF-16 unit with the offset in the HTML it came from. */
function createMappedBuilder() {
  const parts: string[] = [];
  const offsets: number[] = [];
  return {
    /** Units of `chars`, all from HTML offset `at` (an entity, a line break for a tag). */
    pushAt(chars: string, at: number): void {
      parts.push(chars);
      for (let k = 0; k < chars.length; k++) offsets.push(at);
    },
    /** HTML `[from, to)` as it stands, offsets one to one. */
    pushRange(html: string, from: number, to: number): void {
      if (to <= from) return;
      parts.push(html.slice(from, to).replace(/[\r\t]/g, ' '));
      for (let k = from; k < to; k++) offsets.push(k);
    },
    finish(end: number): MappedText {
      offsets.push(end);
      return { text: parts.join(''), offsets };
    },
  };
}

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

  const lineBreak = (at: number): void => {
    if (skipping === 0) out.pushAt('\n', at);
  };
  const text = (from: number, to: number): void => {
    if (skipping > 0) return;
    let run = from;
    for (let i = html.indexOf('&', from); i >= 0 && i < to; i = html.indexOf('&', i + 1)) {
      const entity = decodeEntity(html, i);
      if (!entity || i + entity.length > to) continue;
      out.pushRange(html, run, i);
      out.pushAt(entity.char, i);
      run = i + entity.length;
      i = run - 1;
    }
    out.pushRange(html, run, to);
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
