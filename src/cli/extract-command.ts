import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { createExtractor, MeetingSchema, type ArticleExtractor, type Meeting } from '../extract/index.ts';
import { ArticleInputSchema } from '../ingest/index.ts';
import { loadKnowledgeBase } from '../kb/index.ts';
import { expandPaths, readRecords, type InputRecord } from './read-records.ts';

/** One line of output: the article's identity and meetings, or why it could not be read. */
interface ExtractOutput {
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly lang: string | null;
  readonly meetings: readonly Meeting[];
  readonly error?: string;
}

/** A feed record may lack a URL (a saved page): the file it came from stands in for it. */
function withUrl(data: unknown, file: string): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const record = data as Record<string, unknown>;
  return { ...record, url: typeof record.url === 'string' && record.url.trim() !== '' ? record.url : pathToFileURL(path.resolve(file)).href };
}

async function extractOne(extract: ArticleExtractor, file: string, record: InputRecord): Promise<ExtractOutput> {
  const failed = (error: string): ExtractOutput => ({ source: file, url: null, title: null, published: null, lang: null, meetings: [], error });
  if (!record.value.ok) return failed(record.value.reason);
  const parsed = ArticleInputSchema.safeParse(withUrl(record.value.data, file));
  if (!parsed.success) return failed(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'article'}: ${issue.message}`).join('; '));
  try {
    const triples = await extract(parsed.data);
    // Only meetings the ingest format accepts leave the extractor.
    const meetings = triples.meetings.filter((meeting) => MeetingSchema.safeParse(meeting).success);
    return { source: file, url: triples.url, title: triples.title, published: triples.published, lang: triples.lang, meetings };
  } catch (error) {
    return failed(`extraction failed (${(error as Error).message})`);
  }
}

/**
 * `parley extract [--jsonl] FILE...`: one JSON object per input article, in input order, on
 * standard output (a JSON array, or JSON Lines with --jsonl); progress on standard error. A file
 * that cannot be read or parsed gets an object with `error` and no meetings. Exit code 1 when
 * any input failed, 2 on usage errors.
 */
export async function runExtract(args: string[]): Promise<number> {
  const jsonl = args.includes('--jsonl');
  const files = args.filter((arg) => arg !== '--jsonl');
  if (files.length === 0 || files.some((file) => file.startsWith('--'))) {
    process.stderr.write('Usage: parley extract [--jsonl] FILE...\n');
    return 2;
  }
  const started = Date.now();
  const extract = createExtractor(loadKnowledgeBase());
  process.stderr.write(`parley extract: knowledge base and lexicon ready in ${Date.now() - started} ms\n`);
  const outputs: ExtractOutput[] = [];
  let failures = 0;
  for (const file of expandPaths(files)) {
    for (const record of readRecords(file)) {
      const output = await extractOne(extract, file, record);
      if (output.error) failures++;
      if (jsonl) process.stdout.write(`${JSON.stringify(output)}\n`);
      else outputs.push(output);
      process.stderr.write(`${file}: ${output.error ?? `${output.meetings.length} meeting(s)`}\n`);
    }
  }
  if (!jsonl) process.stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);
  return failures > 0 ? 1 : 0;
}
