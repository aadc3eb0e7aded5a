import type { Server } from 'node:http';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { useTestGraph } from '../helpers/test-graph.ts';
import { close, ensureBundle, launchBrowser, screenshot, startAppServer, watchErrors } from './start-explorer.ts';
import { operationHash } from '../../src/api/index.ts';
import { EXPLORER_OPERATIONS } from '../../src/web/explorer-queries.ts';

const t = useTestGraph();
let app: { server: Server; base: string };
let browser: Awaited<ReturnType<typeof launchBrowser>>;

const PEOPLE = 2000;
const LINKS = 10_000;
const COUNTRIES = ['CN', 'US', 'RU', 'IN', 'FR', 'DE', 'JP', 'BR', 'ZA', 'GB', 'TR', 'ID'];

/** A deterministic network of the size the explorer promises to keep smooth. */
function bigNetwork() {
  let seed = 42;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const person = (i: number) => ({ id: `person:p${i}`, name: `Person ${i}`, names: [`Person ${i}`, `人物${i}`], title: null, country: { iso2: COUNTRIES[i % COUNTRIES.length]!, name: COUNTRIES[i % COUNTRIES.length]! } });
  const edges = new Map<string, { source: string; target: string; meetingCount: number; topics: never[]; lastDate: string }>();
  for (let i = 1; i < PEOPLE; i += 1) edges.set(`0|${i}`, { source: 'person:p0', target: `person:p${i}`, meetingCount: 1 + Math.floor(random() * 5), topics: [], lastDate: '2025-01-01' });
  while (edges.size < LINKS) {
    // Hubs: a few people meet most others, as in real diplomatic networks.
    const a = Math.floor(random() ** 2 * PEOPLE);
    const b = Math.floor(random() * PEOPLE);
    if (a === b || edges.has(`${Math.min(a, b)}|${Math.max(a, b)}`)) continue;
    edges.set(`${Math.min(a, b)}|${Math.max(a, b)}`, { source: `person:p${Math.min(a, b)}`, target: `person:p${Math.max(a, b)}`, meetingCount: 1 + Math.floor(random() * 3), topics: [], lastDate: '2024-06-01' });
  }
  return {
    nodes: Array.from({ length: PEOPLE }, (_, i) => ({ person: person(i), meetingCount: i === 0 ? PEOPLE : 1 + Math.floor(random() * 30), depth: i === 0 ? 0 : 1 })),
    edges: [...edges.values()],
    centre: person(0),
  };
}

beforeAll(async () => {
  await ensureBundle();
  app = await startAppServer(t);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await close(app?.server);
});

const DOCUMENT_BY_HASH = new Map(EXPLORER_OPERATIONS.map((document) => [operationHash(document), document]));

/** Answers the page's GraphQL from the synthetic network instead of the database. */
async function serveNetwork(page: Page) {
  const network = bigNetwork();
  await page.route('**/graphql', async (route: Route) => {
    const body = route.request().postDataJSON() as { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
    // The page sends its documents by hash (persisted operations); look them up as the server would.
    const query = body.query ?? DOCUMENT_BY_HASH.get(body.extensions?.persistedQuery?.sha256Hash ?? '') ?? '';
    const data = query.startsWith('query Person')
      ? { person: network.centre }
      : query.startsWith('query Network')
        ? { meetingNetwork: { nodes: network.nodes, edges: network.edges } }
        : { meetings: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } };
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data }) });
  });
}

/** Frame-to-frame times (ms) while the mouse pans and the wheel zooms the view. */
async function framesWhileMoving(page: Page): Promise<number[]> {
  // A string, not a function: the test transform would add helpers the page does not have.
  const frames = page.evaluate<number[]>(`new Promise((resolve) => {
    const times = [];
    let last = performance.now();
    const frame = (now) => {
      times.push(now - last);
      last = now;
      if (times.length < 90) requestAnimationFrame(frame);
      else resolve(times);
    };
    requestAnimationFrame(frame);
  })`);
  const box = (await page.locator('#graph').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 0; step < 20; step += 1) await page.mouse.move(x + step * 10, y + step * 6);
  await page.mouse.up();
  for (let step = 0; step < 6; step += 1) await page.mouse.wheel(0, step < 3 ? -200 : 200);
  return frames;
}

test('2,000 people and 10,000 links lay out in a worker and stay responsive to pan and zoom', async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await serveNetwork(page);
  await page.goto(`${app.base}/?person=person:p0`);
  await page.locator('#graph[data-layout="running"]').waitFor({ timeout: 20_000 });
  // While ForceAtlas2 runs in its worker the page still answers input and draws.
  const duringLayout = await framesWhileMoving(page);
  await page.locator('#graph[data-layout="settled"]').waitFor({ timeout: 30_000 });
  const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  // Other work on a shared machine slows some pans and not others; a regression slows every
  // one. So the best of three pans is judged.
  const settled = Math.min(...[await framesWhileMoving(page), await framesWhileMoving(page), await framesWhileMoving(page)].map(median));
  await screenshot(page, '09-scale-2000-people');
  process.stdout.write(`explorer scale: median frame ${median(duringLayout).toFixed(0)} ms while laying out, ${settled.toFixed(0)} ms settled (software WebGL)\n`);
  // Chromium here draws WebGL on the CPU (--disable-gpu): about 17 ms a frame on an idle 2-core
  // machine, above 100 ms when other processes crowd it. 200 ms still bounds a regression such
  // as drawing every edge during a pan (about 450 ms a frame here); a GPU is far below both.
  expect(settled).toBeLessThan(200);
  expect(await page.locator('.legend li').allInnerTexts()).toEqual(['BR', 'CN', 'DE', 'FR', 'IN', 'JP', 'RU', 'other countries']);
  await page.close();
  expect(errors).toEqual([]);
}, 120_000);
