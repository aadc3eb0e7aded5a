import { fileURLToPath } from 'node:url';
import { ParleyError } from '../errors.ts';
import { ingestBatches, type PipelineDeps } from '../pipeline.ts';
import { expandPaths, readRecords, type InputRecord } from './read-records.ts';

/** The sample articles Parley ships (written for the project) that `serve --demo` loads. */
export const SAMPLE_DIR = fileURLToPath(new URL('../../sample/', import.meta.url));

export interface IngestSummary {
  readonly ok: number;
  readonly failed: number;
  readonly created: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly meetings: number;
  /** Records not tried because the database became unreachable. */
  readonly skipped: number;
}

function describe(error: unknown): string {
  if (error instanceof ParleyError) {
    return error.issues.length > 0 ? error.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ') : `${error.code}: ${error.message}`;
  }
  return (error as Error).message;
}

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

/** Records written per transaction: large enough to amortize round trips, small enough to retry. */
export const INGEST_BATCH_SIZE = 500;

/**
 * Ingests every record of the given files and folders, a batch of records per transaction. A bad
 * record is reported with file:line, field and reason, and skipped; the rest go on.
 */
export async function ingestPaths(
  deps: PipelineDeps,
  paths: readonly string[],
  options: { quiet?: boolean; report?: (line: string) => void; batchSize?: number } = {},
): Promise<IngestSummary> {
  const report = options.report ?? ((line: string) => process.stderr.write(`${line}\n`));
  const records: InputRecord[] = expandPaths(paths).flatMap(readRecords);
  const counts = { ok: 0, failed: 0, created: 0, replaced: 0, unchanged: 0, meetings: 0, skipped: 0 };
  const fail = (record: InputRecord, reason: string) => {
    counts.failed += 1;
    if (process.stderr.isTTY && !options.quiet) process.stderr.write('\n');
    report(`${record.where}: ${reason}`);
  };
  const size = Math.max(1, options.batchSize ?? INGEST_BATCH_SIZE);
  const chunks: InputRecord[][] = [];
  for (let start = 0; start < records.length; start += size) chunks.push(records.slice(start, start + size));
  const readable = chunks.map((chunk) => chunk.filter((record) => record.value.ok));
  let index = 0;
  try {
    for await (const outcomes of ingestBatches(deps, readable.map((chunk) => chunk.map((record) => (record.value as { data: unknown }).data)))) {
      for (const record of chunks[index]!) if (!record.value.ok) fail(record, record.value.reason);
      for (const [i, outcome] of outcomes.entries()) {
        if (!outcome.success) {
          fail(readable[index]![i]!, describe(outcome.error));
          continue;
        }
        counts.ok += 1;
        counts[outcome.data.status] += 1;
        counts.meetings += outcome.data.meetingIds.length;
      }
      index += 1;
      if (!options.quiet) progress(Math.min(index * size, records.length), records.length);
    }
  } catch (error) {
    // Without the database every further record would fail the same way, slowly: stop here.
    // Each batch is one transaction, so running the same ingest again resumes cleanly.
    if (!(error instanceof ParleyError && error.code === 'UNAVAILABLE' && error.retriable)) throw error;
    for (const record of chunks[index] ?? []) fail(record, record.value.ok ? describe(error) : record.value.reason);
    counts.skipped = records.length - Math.min((index + 1) * size, records.length);
    report(`parley ingest: stopped, Neo4j is unavailable; ${counts.skipped} records not tried. Run the same ingest again to finish.`);
  }
  return counts;
}
