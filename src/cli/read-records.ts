import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** One input record and where it came from, for error messages like `file.jsonl:12`. */
export interface InputRecord {
  readonly where: string;
  /** Parsed value, or the reason it could not be parsed. */
  readonly value: { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly reason: string };
}

const EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson', '.txt', '.html', '.htm']);

/** Files named directly, and the readable files of named folders (recursively, sorted). */
export function expandPaths(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    if (!statSync(p, { throwIfNoEntry: false })?.isDirectory()) return [p];
    return readdirSync(p, { recursive: true, encoding: 'utf8' })
      .map((name) => path.join(p, name))
      .filter((file) => EXTENSIONS.has(path.extname(file).toLowerCase()) && statSync(file).isFile())
      .sort();
  });
}

function parseJson(text: string): InputRecord['value'] {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `malformed JSON (${(error as Error).message})` };
  }
}

/**
 * The records of one file: a JSON object or array, JSON Lines, or a raw article (.txt, .html)
 * given a file:// URL. Unreadable input becomes a record carrying its reason, never a throw.
 */
export function readRecords(file: string): InputRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [{ where: file, value: { ok: false, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` } }];
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    return text
      .split('\n')
      .map((line, index) => ({ line, where: `${file}:${index + 1}` }))
      .filter(({ line }) => line.trim() !== '')
      .map(({ line, where }) => ({ where, value: parseJson(line) }));
  }
  if (ext === '.json') {
    const parsed = parseJson(text);
    if (parsed.ok && Array.isArray(parsed.data)) return parsed.data.map((data, index) => ({ where: `${file}:[${index}]`, value: { ok: true, data } }));
    return [{ where: `${file}:1`, value: parsed }];
  }
  const url = pathToFileURL(path.resolve(file)).href;
  const data = ext === '.txt' ? { url, text } : { url, html: text };
  return [{ where: file, value: { ok: true, data } }];
}
