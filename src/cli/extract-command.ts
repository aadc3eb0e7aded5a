import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { formatExplanation, MeetingSchema, type ArticleExtractor, type Meeting, type SentenceExplanation } from '../extract/index.ts';
import { ParleyError } from '../errors.ts';
import { ArticleInputSchema } from '../ingest/index.ts';
import { createReaderPool } from '../worker-pool/index.ts';
import { loadConfig } from '../config.ts';
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
  /** With --explain: what became of each sentence that could report a meeting. */
  readonly explain?: readonly SentenceExplanation[];
}

/** A feed record may lack a URL (a saved page): the file it came from stands in for it. */
function withUrl(data: unknown, file: string): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const record = data as Record<string, unknown>;
  return { ...record, url: typeof record.url === 'string' && record.url.trim() !== '' ? record.url : pathToFileURL(path.resolve(file)).href };
}

async function extractOne(extract: ArticleExtractor, file: string, record: InputRecord, explain: boolean): Promise<ExtractOutput> {
  const failed = (error: string): ExtractOutput => ({ source: file, url: null, title: null, published: null, lang: null, meetings: [], error });
  if (!record.value.ok) return failed(record.value.reason);
  const parsed = ArticleInputSchema.safeParse(withUrl(record.value.data, file));
  if (!parsed.success) return failed(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'article'}: ${issue.message}`).join('; '));
  try {
    const trace: SentenceExplanation[] = [];
    const triples = await extract(parsed.data, explain ? { explain: (entry) => trace.push(entry) } : {});
    // Only meetings the ingest format accepts leave the extractor.
    const meetings = triples.meetings.filter((meeting) => MeetingSchema.safeParse(meeting).success);
    return { source: file, url: triples.url, title: triples.title, published: triples.published, lang: triples.lang, meetings, ...(explain ? { explain: trace.sort((a, b) => a.sentence - b.sentence) } : {}) };
  } catch (error) {
    return failed(error instanceof ParleyError ? `${error.code}: ${error.message}` : `extraction failed (${(error as Error).message})`);
  }
}

/**
 * `parley extract [--jsonl] [--explain] FILE...`: one JSON object per input article, in input
 * order, on standard output (a JSON array, or JSON Lines with --jsonl); progress on standard
 * error. A file that cannot be read or parsed gets an object with `error` and no meetings.
 * `--explain` prints, for each sentence that could report a meeting, the frame, the participants
 * and how each was found, and why the meeting was kept or dropped: as text, or as an `explain`
 * list in each object with --jsonl. Exit code 1 when any input failed, 2 on usage errors.
 */
export async function runExtract(args: string[]): Promise<number> {
  const jsonl = args.includes('--jsonl');
  const explain = args.includes('--explain');
  const files = args.filter((arg) => arg !== '--jsonl' && arg !== '--explain');
  if (files.length === 0 || files.some((file) => file.startsWith('--'))) {
    process.stderr.write('Usage: parley extract [--jsonl] [--explain] FILE...\n');
    return 2;
  }
  const config = loadConfig();
  // Articles are read side by side in worker threads; outputs still come in input order.
  const pool = createReaderPool({ ...config.extraction, queue: Number.POSITIVE_INFINITY });
  const jobs = expandPaths(files).flatMap((file) => readRecords(file).map((record) => ({ file, record })));
  const ahead = 4 * (config.extraction.threads ?? availableParallelism());
  const pending: (Promise<ExtractOutput> | undefined)[] = [];
  const start = (i: number): void => {
    const job = jobs[i];
    if (job) pending[i] = extractOne(pool.extract, job.file, job.record, explain);
  };
  const outputs: ExtractOutput[] = [];
  let failures = 0;
  try {
    for (let i = 0; i < ahead; i++) start(i);
    for (const [i, { file }] of jobs.entries()) {
      const output = await pending[i]!;
      pending[i] = undefined;
      start(i + ahead);
      if (output.error) failures++;
      if (jsonl) process.stdout.write(`${JSON.stringify(output)}\n`);
      else if (explain) process.stdout.write(formatExplanation(file, output.lang, output.explain ?? [], output.meetings.length, output.error));
      else outputs.push(output);
      process.stderr.write(`${file}: ${output.error ?? `${output.meetings.length} meeting(s)`}\n`);
    }
  } finally {
    await pool.close();
  }
  if (!jsonl && !explain) process.stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);
  return failures > 0 ? 1 : 0;
}
