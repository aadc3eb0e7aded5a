import { createAppDeps } from '../app-deps.ts';
import { loadConfig } from '../config.ts';
import { ingestPaths } from './ingest-paths.ts';

/** `parley ingest FILE|DIR...`: exit 0 when every record was stored, 1 when any failed, 2 on usage. */
export async function runIngest(args: string[]): Promise<number> {
  if (args.length === 0) {
    process.stderr.write('Usage: parley ingest FILE|DIR... (.json, .jsonl, .txt, .html)\n');
    return 2;
  }
  // A batch waits for free workers instead of being refused.
  const deps = await createAppDeps(loadConfig(), undefined, { waiting: Number.POSITIVE_INFINITY });
  try {
    await deps.connection.schemaReady;
    const s = await ingestPaths(deps, args);
    process.stderr.write(
      `parley ingest: ${s.ok} stored (${s.created} new, ${s.replaced} replaced, ${s.unchanged} unchanged), ${s.meetings} meetings, ${s.failed} failed${s.skipped > 0 ? `, ${s.skipped} not tried` : ''}\n`,
    );
    return s.failed > 0 || s.skipped > 0 ? 1 : 0;
  } finally {
    await deps.close();
  }
}
