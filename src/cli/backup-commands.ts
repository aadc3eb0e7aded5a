import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createAppDeps } from '../app-deps.ts';
import { exportGraph, importGraph } from '../backup.ts';
import { loadConfig } from '../config.ts';
import { isTableExport, runTableExport } from './table-export-command.ts';

/** `parley export [FILE]`: the backup as JSON Lines, to FILE or standard output; or a table (--counts, --meetings). */
export async function runExport(args: string[]): Promise<number> {
  if (isTableExport(args)) return runTableExport(args);
  const deps = await createAppDeps(loadConfig());
  const out = args[0] ? createWriteStream(args[0]) : process.stdout;
  try {
    await deps.connection.schemaReady;
    const counts = await exportGraph(deps, async (line) => {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    });
    process.stderr.write(`parley export: ${counts.articles} articles, ${counts.curations} curations\n`);
    return 0;
  } finally {
    if (out !== process.stdout) out.end();
    await deps.close();
  }
}

/** `parley import FILE`: rebuilds the graph from a backup (into an empty database). */
export async function runImport(args: string[]): Promise<number> {
  if (!args[0]) {
    process.stderr.write('Usage: parley import FILE.jsonl\n');
    return 2;
  }
  const deps = await createAppDeps(loadConfig());
  try {
    await deps.connection.schemaReady;
    const counts = await importGraph(deps, createInterface({ input: createReadStream(args[0]), crlfDelay: Infinity }));
    process.stderr.write(`parley import: ${counts.articles} articles, ${counts.curations} curations\n`);
    return 0;
  } finally {
    await deps.close();
  }
}
