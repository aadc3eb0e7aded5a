import { defineConfig } from 'vitest/config';

/**
 * Two projects: pure stages run in parallel; everything that touches Neo4j shares the one
 * database the global setup starts, so those files run one at a time and wipe it between tests.
 */
export default defineConfig({
  test: {
    setupFiles: ['test/helpers/fail-on-console.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/{kb,ingest,extract,resolve,api-unit,cli-unit,web-unit,helpers-unit}/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['test/{store,api,pipeline,cli,web}/**/*.test.ts'],
          globalSetup: ['test/helpers/start-neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // The browser tests wait on a page that waits on Neo4j: on a busy 2-core machine a
          // panel can take more than vitest's default second to fill.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        // Long fault and load runs: `npm run test:stress` (CI runs them with bounded counts).
        extends: true,
        test: { name: 'stress', include: ['test/stress/**/*.test.ts'], fileParallelism: false, testTimeout: 600_000 },
      },
    ],
  },
});
