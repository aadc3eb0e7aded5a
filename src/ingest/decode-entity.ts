/** Named entities news pages actually use; anything else is left as written. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  laquo: '«', raquo: '»', copy: '©', reg: '®', times: '×', deg: '°',
};

/**
 * Decodes the entity starting at `html[at]` (which is `&`). Returns the character and how many
 * source characters it used, or null when this is a bare ampersand.
 */
export function decodeEntity(html: string, at: number): { readonly char: string; readonly length: number } | null {
  const match = /^&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/i.exec(html.slice(at, at + 12));
  if (!match?.[1]) return null;
  const body = match[1];
  let char: string | undefined;
  if (body.startsWith('#x') || body.startsWith('#X')) char = safeCodePoint(parseInt(body.slice(2), 16));
  else if (body.startsWith('#')) char = safeCodePoint(parseInt(body.slice(1), 10));
  else char = NAMED[body.toLowerCase()];
  return char === undefined ? null : { char, length: match[0].length };
}

function safeCodePoint(code: number): string | undefined {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}
