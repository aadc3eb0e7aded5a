import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../../src/api/index.ts';
import { ingestTriples } from '../../src/pipeline.ts';
import { EXPLORER_OPERATIONS } from '../../src/web/explorer-queries.ts';
import { useExplorer, WEB_DIST_DIR } from '../../src/web/serve-explorer.ts';
import type { TestGraph } from '../helpers/test-graph.ts';

export const SCREENSHOT_DIR = path.resolve('test-results/explorer');
const SAMPLE_DIR = path.resolve('sample');

/** The flags the brief's CI uses: no GPU, no background traffic, nothing left from earlier runs. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Builds the page when web-dist/ is missing (a fresh clone that skipped `npm install`'s prepare). */
export async function ensureBundle(): Promise<void> {
  if (existsSync(path.join(WEB_DIST_DIR, 'index.html'))) return;
  // The CLI, as `npm run build:web` runs it (importing vite here would trip the lint's resolver).
  await promisify(execFile)(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'error']);
}

/** Every sample article, stored through the real pipeline. */
export async function ingestSamples(t: TestGraph): Promise<void> {
  for (const file of readdirSync(SAMPLE_DIR).filter((name) => name.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(SAMPLE_DIR, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const result = await ingestTriples(t.deps, JSON.parse(line));
      if (!result.success) throw new Error(`${file}: ${JSON.stringify(result)}`);
    }
  }
}

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function close(server: Server | undefined): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/**
 * The real app (GraphQL and the explorer) on a real port, as `parley serve` runs it in production:
 * persisted operations only, so the page must get by with the documents it ships.
 */
export async function startAppServer(t: TestGraph): Promise<{ server: Server; base: string }> {
  const server = createServer(createApp(t.deps, { plugins: [useExplorer(WEB_DIST_DIR)], persistedOperations: { documents: EXPLORER_OPERATIONS, only: true } }));
  return { server, base: await listen(server) };
}

/** Headless Chromium with a fresh profile that is removed on close. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'parley-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Records console errors and uncaught page errors, to fail the test that caused them. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
