import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createApp, readOperationsFile, stderrJsonLog } from '../api/index.ts';
import { createAppDeps } from '../app-deps.ts';
import { loadConfig } from '../config.ts';
import { EXPLORER_OPERATIONS } from '../web/explorer-queries.ts';
import { useExplorer, WEB_DIST_DIR } from '../web/serve-explorer.ts';
import { ingestPaths, SAMPLE_DIR } from './ingest-paths.ts';

/** `parley serve [--demo]`: the API, GraphiQL and the explorer; --demo loads the sample articles first. */
export async function runServe(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const deps = await createAppDeps(config);
  const documents = [...EXPLORER_OPERATIONS, ...(config.operations.file ? readOperationsFile(config.operations.file) : [])];
  const app = createApp(deps, {
    dev: config.dev,
    access: config.access,
    log: stderrJsonLog,
    plugins: [useExplorer(WEB_DIST_DIR)],
    persistedOperations: { documents, only: config.operations.persistedOnly },
    responseCache: config.responseCache ? {} : false,
  });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, resolve);
  });
  const base = `http://${config.http.host}:${config.http.port}`;
  process.stderr.write(`parley: serving\n  explorer  ${base}/\n  GraphiQL  ${base}/graphql\n  health    ${base}/health\n`);
  if (values.demo) {
    // After listening: an unreachable Neo4j delays the sample data, not the server.
    void deps.connection.schemaReady.then(async () => {
      const summary = await ingestPaths(deps, [SAMPLE_DIR], { quiet: true });
      process.stderr.write(`parley: sample data loaded (${summary.ok} articles, ${summary.failed} failed)\n`);
    });
  }

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stderr.write('parley: stopping...\n');
  // Keep-alive connections would hold close() open forever: end them with the server.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
  await deps.close();
  return 0;
}
