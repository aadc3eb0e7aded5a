import { fileURLToPath } from 'node:url';
import { ParleyError } from '../errors.ts';
import { ingestArticle, ingestTriples, type PipelineDeps } from '../pipeline.ts';
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

/** A record with `meetings` is the ingest format; anything else is an article to extract. */
function isTriples(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'meetings' in data;
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

/**
 * Ingests every record of the given files and folders, one transaction per article. A bad
 * record is reported with file:line, field and reason, and skipped; the rest go on.
 */
export async function ingestPaths(deps: PipelineDeps, paths: readonly string[], options: { quiet?: boolean; report?: (line: string) => void } = {}): Promise<IngestSummary> {
  const report = options.report ?? ((line: string) => process.stderr.write(`${line}\n`));
  const records: InputRecord[] = expandPaths(paths).flatMap(readRecords);
  const counts = { ok: 0, failed: 0, created: 0, replaced: 0, unchanged: 0, meetings: 0, skipped: 0 };
  for (const [index, record] of records.entries()) {
    try {
      if (!record.value.ok) throw new Error(record.value.reason);
      const data = record.value.data;
      const result = isTriples(data) ? await ingestTriples(deps, data) : await ingestArticle(deps, data);
      if (!result.success) throw result.error;
      counts.ok += 1;
      counts[result.data.status] += 1;
      counts.meetings += result.data.meetingIds.length;
    } catch (error) {
      counts.failed += 1;
      if (process.stderr.isTTY && !options.quiet) process.stderr.write('\n');
      report(`${record.where}: ${describe(error)}`);
      // Without the database every further record would fail the same way, slowly: stop here.
      // Each article is one transaction, so running the same ingest again resumes cleanly.
      if (error instanceof ParleyError && error.code === 'UNAVAILABLE' && error.retriable) {
        counts.skipped = records.length - index - 1;
        report(`parley ingest: stopped, Neo4j is unavailable; ${counts.skipped} records not tried. Run the same ingest again to finish.`);
        break;
      }
    }
    if (!options.quiet) progress(index + 1, records.length);
  }
  return counts;
}
