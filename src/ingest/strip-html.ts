import { decodeEntity } from './decode-entity.ts';
import type { MappedText } from './mapped-text.ts';

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'figcaption', 'head', 'menu']);
/** Elements that end a line: the cleaner and the sentence splitter work on lines. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'section', 'article', 'header', 'blockquote', 'figure', 'dd', 'dt', 'pre', 'hr', 'title', 'main']);
/** class or id words of page chrome: share bars, related links, breadcrumbs, captions. */
const CHROME = /\b(related|recommend|share|sharing|social|breadcrumb|footer|sidebar|comment|caption|navbar|nav|menu|advert|ad-|promo|subscribe|copyright|editor)\b/i;
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'col', 'area', 'base', 'embed', 'param', 'track']);

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly attributes: string;
  readonly end: number;
}

/** Reads the tag starting at `html[at]` (`<`), or null when the `<` is plain text. */
function readTag(html: string, at: number): Tag | null {
  const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(\/?)>/.exec(html.slice(at, at + 2000));
  if (!match) return null;
  return {
    name: (match[2] ?? '').toLowerCase(),
    closing: match[1] === '/',
    selfClosing: match[4] === '/',
    attributes: match[3] ?? '',
    end: at + match[0].length,
  };
}

function isChrome(attributes: string): boolean {
  const classOrId = /\b(?:class|id|role)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
  for (const m of attributes.matchAll(classOrId)) if (CHROME.test(m[1] ?? '')) return true;
  return false;
}

/** Index just past the element that starts a skipped region, counting nested tags of its name. */
function skipElement(html: string, name: string, from: number): number {
  const pattern = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  pattern.lastIndex = from;
  let depth = 1;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[1] === '/' ? -1 : m[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return pattern.lastIndex;
  }
  return html.length;
}

/**
 * The visible text of an HTML page, one line per block element, with each character's offset in
 * the HTML. A small tokenizer, not a DOM: it never runs anything and tolerates broken markup.
 * Scripts, styles, navigation, footers, captions and elements marked as chrome are dropped.
 */
export function stripHtml(html: string): MappedText {
  let text = '';
  const offsets: number[] = [];
  const push = (chars: string, at: number): void => {
    for (const unit of chars) {
      for (let k = 0; k < unit.length; k++) {
        text += unit[k];
        offsets.push(at);
      }
    }
  };
  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close < 0 ? html.length : close + 3;
        continue;
      }
      if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
        const close = html.indexOf('>', i);
        i = close < 0 ? html.length : close + 1;
        continue;
      }
      const tag = readTag(html, i);
      if (tag) {
        const skip = !tag.closing && !tag.selfClosing && !VOID.has(tag.name) && (SKIPPED.has(tag.name) || isChrome(tag.attributes));
        if (BLOCK.has(tag.name)) push('\n', i);
        i = skip ? skipElement(html, tag.name, tag.end) : tag.end;
        continue;
      }
    }
    if (c === '&') {
      const entity = decodeEntity(html, i);
      if (entity) {
        push(entity.char, i);
        i += entity.length;
        continue;
      }
    }
    push(c === '\r' || c === '\t' ? ' ' : (c ?? ''), i);
    i++;
  }
  offsets.push(html.length);
  return { text, offsets };
}
