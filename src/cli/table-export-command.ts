import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { createAppDeps } from '../app-deps.ts';
import { loadConfig } from '../config.ts';
import { ParleyError } from '../errors.ts';
import type { CountDimension } from '../store/index.ts';
import { parseDimensions, writeCounts, writeMeetings, type TableFilter, type TableFormat } from './export-tables.ts';

export const TABLE_EXPORT_USAGE = `Usage: parley export --counts --by DIMS [filters] [--order count|key] [--format csv|jsonl] [FILE]
       parley export --meetings [filters] [--format csv|jsonl] [FILE]

  --by          year, month, kind, topic, country, country_pair, person (up to three, comma-separated)
  filters       --from DATE  --to DATE  --countries CN,RU  --topic NAME  --kind talks
  --format      csv (default; UTF-8 with BOM, CRLF) or jsonl
`;

/** True when the export arguments ask for a table rather than the backup. */
export function isTableExport(args: readonly string[]): boolean {
  return args.includes('--counts') || args.includes('--meetings');
}

/** `parley export --counts | --meetings`: a table to FILE or standard output. */
export async function runTableExport(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        counts: { type: 'boolean', default: false },
        meetings: { type: 'boolean', default: false },
        by: { type: 'string' },
        order: { type: 'string', default: 'count' },
        format: { type: 'string', default: 'csv' },
        from: { type: 'string' },
        to: { type: 'string' },
        countries: { type: 'string' },
        topic: { type: 'string' },
        kind: { type: 'string' },
      },
    });
  } catch (error) {
    process.stderr.write(`parley export: ${(error as Error).message}\n\n${TABLE_EXPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const refuse = (message: string) => {
    process.stderr.write(`parley export: ${message}\n\n${TABLE_EXPORT_USAGE}`);
    return 2;
  };
  if (values.counts === values.meetings) return refuse('give one of --counts and --meetings');
  if (values.format !== 'csv' && values.format !== 'jsonl') return refuse(`--format: csv or jsonl, not "${values.format}"`);
  if (values.order !== 'count' && values.order !== 'key') return refuse(`--order: count or key, not "${values.order}"`);
  if (values.counts && !values.by) return refuse('--counts needs --by');
  if (positionals.length > 1) return refuse('one output FILE at most');
  const filter: TableFilter = {
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    ...(values.countries ? { countries: values.countries.split(',').map((c) => c.trim()).filter(Boolean) } : {}),
    ...(values.topic ? { topic: values.topic } : {}),
    ...(values.kind ? { kind: values.kind } : {}),
  };
  const format = values.format as TableFormat;
  let by: CountDimension[] = [];
  try {
    if (values.counts) by = parseDimensions(values.by!);
  } catch (error) {
    return refuse((error as Error).message);
  }

  const deps = await createAppDeps(loadConfig());
  const out = positionals[0] ? createWriteStream(positionals[0]) : process.stdout;
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  try {
    await deps.connection.schemaReady;
    const rows = values.counts
      ? await writeCounts(deps, { by, filter, format, orderBy: values.order === 'key' ? 'KEY' : 'COUNT' }, write)
      : await writeMeetings(deps, { filter, format }, write);
    process.stderr.write(`parley export: ${rows} ${values.counts ? 'buckets' : 'meetings'}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ParleyError) {
      process.stderr.write(`parley export: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    if (out !== process.stdout) await new Promise<void>((resolve) => out.end(() => resolve()));
    await deps.close();
  }
}
