import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ingestTriples } from '../../src/pipeline.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { close, ensureBundle, ingestSamples, launchBrowser, listen, screenshot, startAppServer, watchErrors } from './start-explorer.ts';
import { operationHash } from '../../src/api/index.ts';
import { CHANGES_SUBSCRIPTION } from '../../src/web/explorer-queries.ts';

const t = useTestGraph();
let app: { server: Server; base: string };
let articles: { server: Server; base: string };
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let errors: string[];

const ARTICLE_PATH = '/2025/02/21/wang-yi-lavrov.html';
const ARTICLE_HEADLINE = 'Wang Yi meets Lavrov in Johannesburg';
const ARTICLE_EVIDENCE = 'Wang Yi met Sergei Lavrov in Johannesburg on 20 February on the sidelines of the G20 foreign ministers’ meeting.';

/** A fourth report of the sample's Wang Yi–Lavrov meeting, from an article the test serves, so its link can be followed. */
function servedReport(base: string) {
  return {
    url: `${base}${ARTICLE_PATH}`,
    title: ARTICLE_HEADLINE,
    published: '2025-02-21',
    lang: 'en',
    meetings: [
      {
        kind: 'meeting',
        participants: [
          { name: 'Wang Yi', title: 'Foreign Minister', country: 'China' },
          { name: 'Sergei Lavrov', title: 'Foreign Minister', country: 'Russia' },
        ],
        date: '2025-02-20',
        place: { city: 'Johannesburg', country: 'South Africa' },
        topics: [{ name: 'Ukraine crisis' }],
        evidence: ARTICLE_EVIDENCE,
        confidence: 0.9,
      },
    ],
  };
}

beforeAll(async () => {
  await ensureBundle();
  app = await startAppServer(t);
  const articleServer = createServer((request, response) => {
    if (request.url !== ARTICLE_PATH) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>${ARTICLE_HEADLINE}</title><link rel="icon" href="data:,"></head><body><h1>${ARTICLE_HEADLINE}</h1><p>${ARTICLE_EVIDENCE}</p></body></html>`);
  });
  articles = { server: articleServer, base: await listen(articleServer) };
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await close(app?.server);
  await close(articles?.server);
});

beforeEach(async () => {
  await ingestSamples(t);
  const result = await ingestTriples(t.deps, servedReport(articles.base));
  if (!result.success) throw new Error(JSON.stringify(result));
  page = await browser.context.newPage();
  errors = watchErrors(page);
});

afterEach(async () => {
  await page.close();
  expect(errors).toEqual([]);
});

/** Opens a view and waits until the panel lists meetings and the layout has settled. */
async function open(search: string) {
  await page.goto(`${app.base}/${search}`);
  await page.locator('.panel .meeting-count').waitFor();
  await page.locator('#graph[data-layout="settled"]').waitFor({ timeout: 15_000 });
}

const panelHeading = () => page.locator('#panel-heading');
const meetingHeads = () => page.locator('.panel .meeting .meeting-head').allInnerTexts();

describe('the explorer page', () => {
  test('opens the person in the URL and lists their meetings with counterpart, date and evidence', async () => {
    await open('?person=王毅');
    expect(await panelHeading().innerText()).toBe('Wang Yi');
    expect(await page.locator('.panel .names').innerText()).toBe('王毅');
    expect(await page.locator('.counterpart').allInnerTexts()).toEqual(['Antony Blinken\n3 meetings, last 2024-04-26', 'Sergei Lavrov\n1 meeting, last 2025-02-20']);
    expect(await page.locator('.panel .meeting-count').innerText()).toBe('4 meetings within the filters');
    expect(await meetingHeads()).toEqual(['2025-02-20 · meeting · Johannesburg', '2024-04-26 · talks · Beijing', '2024-01-26 · phone call', '2023-07-13 · meeting · Jakarta']);
    const lavrov = page.locator('.panel .meeting').first();
    expect(await lavrov.locator('.meeting-people').innerText()).toBe('with Sergei Lavrov');
    expect(await lavrov.locator('.evidence').allInnerTexts()).toEqual(
      expect.arrayContaining([
        ARTICLE_EVIDENCE,
        'Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Johannesburg on Thursday on the sidelines of the G20 foreign ministers\' meeting.',
        '当地时间2月20日，外交部长王毅在约翰内斯堡出席二十国集团外长会期间会见俄罗斯外长拉夫罗夫。',
        '中國外交部長王毅20日在約翰尼斯堡二十國集團外長會議期間會晤俄羅斯外長拉夫羅夫。',
      ]),
    );
    expect(await lavrov.locator('.evidence').count()).toBe(4);
    expect(await page.locator('#legend .legend li').allInnerTexts()).toEqual(['China', 'Russia', 'United States']);
    expect(await page.title()).toBe('Wang Yi · Parley');
    await screenshot(page, '01-person-from-url');
  });

  test('choosing the link to Lavrov lists the meetings between them, and the evidence link opens the article', async () => {
    await open('?person=王毅');
    // The keyboard's way to an edge: the counterpart button, reached by Tab and chosen with Enter.
    await page.locator('.counterpart', { hasText: 'Sergei Lavrov' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panelHeading().innerText()).toBe('Wang Yi and Sergei Lavrov');
    await page.locator('.panel .meeting-count').waitFor();
    expect(await page.locator('.panel .meeting-count').innerText()).toBe('1 meeting within the filters');
    expect(await meetingHeads()).toEqual(['2025-02-20 · meeting · Johannesburg']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-heading');
    await screenshot(page, '02-edge-meetings');

    const link = page.locator('.panel a.source-link', { hasText: ARTICLE_HEADLINE });
    expect(await link.getAttribute('href')).toBe(`${articles.base}${ARTICLE_PATH}`);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    // Sample articles have urn: addresses, which are shown but are not links.
    expect(await page.locator('.panel a.source-link').count()).toBe(1);
    const [article] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await article.waitForLoadState();
    expect(await article.locator('h1').innerText()).toBe(ARTICLE_HEADLINE);
    await screenshot(article, '03-evidence-article');
    await article.close();
  });

  test('exports the drawn network as JSON with its people and links', async () => {
    await open('?person=王毅');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the network as JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('parley-wang-yi.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string; view: string; nodes: { id: string }[]; edges: { source: string; target: string }[] };
    expect(exported.format).toBe('parley-network/1');
    expect(exported.view).toBe('?person=%E7%8E%8B%E6%AF%85');
    expect(exported.nodes).toEqual([
      { id: 'person:wang-yi', name: 'Wang Yi', names: expect.arrayContaining(['王毅', 'Wang Yi']), country: 'CN', meetingCount: 4, depth: 0 },
      { id: 'person:antony-blinken', name: 'Antony Blinken', names: expect.arrayContaining(['布林肯', 'Antony Blinken']), country: 'US', meetingCount: 3, depth: 1 },
      { id: 'person:sergei-lavrov', name: 'Sergei Lavrov', names: expect.arrayContaining(['拉夫罗夫', '拉夫羅夫', 'Sergei Lavrov']), country: 'RU', meetingCount: 1, depth: 1 },
    ]);
    expect(exported.edges).toEqual([
      { source: 'person:antony-blinken', target: 'person:wang-yi', meetingCount: 3, lastDate: '2024-04-26', topics: expect.any(Array) },
      { source: 'person:sergei-lavrov', target: 'person:wang-yi', meetingCount: 1, lastDate: '2025-02-20', topics: expect.any(Array) },
    ]);
    await screenshot(page, '04-after-json-export');
  });

  test('exports the drawing as a PNG of the canvas layers', async () => {
    await open('?person=普京&depth=2');
    expect(await page.locator('#depth').inputValue()).toBe('2');
    await screenshot(page, '05-depth-2');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the drawing as PNG' }).click()]);
    expect(download.suggestedFilename()).toBe('parley-vladimir-putin.png');
    const png = readFileSync(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await download.saveAs('test-results/explorer/05-exported-view.png');
  });

  test('a search in traditional Chinese suggests the person and opens their network', async () => {
    await open('?person=王毅');
    await page.locator('#search').fill('拉夫羅夫');
    await page.locator('#search-options [role="option"]').first().waitFor();
    expect(await page.locator('#search-options .option-name').allInnerTexts()).toEqual(['Sergei Lavrov']);
    await screenshot(page, '06-search-suggestions');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelHeading().innerText()).toBe('Sergei Lavrov');
    expect(new URL(page.url()).searchParams.get('person')).toBe('person:sergei-lavrov');
    expect(await page.locator('.counterpart').allInnerTexts()).toEqual(['Wang Yi\n1 meeting, last 2025-02-20']);
  });

  test('the time range in the URL filters the meetings and marks the histogram', async () => {
    await open('?person=王毅&from=2024-01&to=2024-12');
    expect(await meetingHeads()).toEqual(['2024-04-26 · talks · Beijing', '2024-01-26 · phone call']);
    expect(await page.locator('#from').inputValue()).toBe('2024-01');
    expect(await page.locator('.counterpart').allInnerTexts()).toEqual(['Antony Blinken\n2 meetings, last 2024-04-26']);
    expect(await page.locator('.bar--in').evaluateAll((bars) => bars.map((bar) => (bar as HTMLElement).dataset.month))).toEqual([
      '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12',
    ]);
    await screenshot(page, '07-time-filter');
    await page.locator('.bar[data-month="2025-02"]').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?person=%E7%8E%8B%E6%AF%85&from=2025-02&to=2025-02');
    await expect.poll(meetingHeads).toEqual(['2025-02-20 · meeting · Johannesburg']);
  });

  test('the kind filter, which the network query lacks, is drawn from the meetings of that kind', async () => {
    await open('?person=王毅&kind=phone_call');
    expect(await page.locator('#kind').inputValue()).toBe('phone_call');
    expect(await meetingHeads()).toEqual(['2024-01-26 · phone call']);
    expect(await page.locator('.counterpart').allInnerTexts()).toEqual(['Antony Blinken\n1 meeting, last 2024-01-26']);
  });

  test('a participant chosen in the list can be expanded into the view, and the URL keeps it', async () => {
    await open('?person=习近平');
    expect(await page.locator('.counterpart').allInnerTexts()).toEqual(['Joe Biden\n1 meeting, last 2023-11-15', 'Vladimir Putin\n1 meeting, last 2024-05-16']);
    await page.getByRole('button', { name: /^Select Vladimir Putin/ }).click();
    await expect.poll(() => panelHeading().innerText()).toBe('Vladimir Putin');
    await page.getByRole('button', { name: 'Expand their network' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('expand')).toBe('person:vladimir-putin');
    await expect.poll(() => page.locator('.counterpart').allInnerTexts()).toEqual([
      'Donald Trump\n1 meeting, last 2025-03-18',
      'Narendra Modi\n1 meeting, last 2024-07-09',
      'Xi Jinping\n1 meeting, last 2024-05-16',
    ]);
    expect(await panelHeading().innerText()).toBe('Vladimir Putin');
    await page.locator('#graph[data-layout="settled"]').waitFor({ timeout: 15_000 });
    await screenshot(page, '10-expanded');
  });

  test('a meeting ingested while the page is open appears without a reload', async () => {
    const subscriptions: string[] = [];
    page.on('request', (request) => {
      if (request.headers()['accept'] === 'text/event-stream') subscriptions.push(request.postData() ?? '');
    });
    await open('?person=王毅');
    expect(subscriptions.some((body) => body.includes(operationHash(CHANGES_SUBSCRIPTION)))).toBe(true);
    await ingestTriples(t.deps, {
      url: 'urn:parley:test:live-1',
      title: '王毅会见古特雷斯',
      published: '2025-03-02',
      lang: 'zh-Hans',
      meetings: [
        {
          kind: 'meeting',
          participants: [
            { name: '王毅', title: '外交部长', country: '中国' },
            { name: 'Ada Quennell', title: 'Special Envoy', country: null },
          ],
          date: '2025-03-01',
          place: { city: 'Geneva', country: 'Switzerland' },
          topics: [],
          evidence: 'Wang Yi met Special Envoy Ada Quennell in Geneva on 1 March.',
          confidence: 0.9,
        },
      ],
    });
    await expect.poll(() => page.locator('.counterpart').allInnerTexts(), { timeout: 25_000, interval: 1000 }).toEqual([
      'Antony Blinken\n3 meetings, last 2024-04-26',
      'Ada Quennell\n1 meeting, last 2025-03-01',
      'Sergei Lavrov\n1 meeting, last 2025-02-20',
    ]);
    // The panel re-shows the person once the count changes: its meetings follow its counterparts.
    await expect.poll(async () => (await meetingHeads())[0]).toBe('2025-03-01 · meeting · Geneva');
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/^(1 new meeting|1 new person in this view)$/);
    await screenshot(page, '08-live-update');
  });
});

describe('the country and topic views', () => {
  const summaryHeading = () => page.locator('#summary-heading');

  test('?country=CN shows its people, its dyads with a bar per year, its topics and its months', async () => {
    await page.goto(`${app.base}/?country=CN`);
    await summaryHeading().waitFor();
    expect(await summaryHeading().innerText()).toBe('China (CN)');
    expect(await page.title()).toBe('China (CN) · Parley');
    const people = await page.locator('.summary-list [data-kind="person"]').allInnerTexts();
    // The person view of Wang Yi lists the same four meetings.
    expect(people[0]).toBe('Wang Yi\n4');
    const dyads = await page.locator('.dyads tbody tr th').allInnerTexts();
    expect(dyads).toEqual(expect.arrayContaining(['China–United States', 'China–Russia']));
    // One bar per year the dyads span, and each dyad's years add up to its count.
    const rows = page.locator('.dyads tbody tr');
    for (let i = 0; i < (await rows.count()); i++) {
      const label = (await rows.nth(i).locator('.year-bars').getAttribute('aria-label'))!;
      const sum = [...label.matchAll(/\d{4} (\d+)/g)].reduce((total, match) => total + Number(match[1]), 0);
      expect(sum).toBe(Number(await rows.nth(i).locator('td').first().innerText()));
    }
    expect(await page.locator('.summary-list [data-kind="topic"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#histogram .bar').count()).toBeGreaterThan(1);
    await screenshot(page, '10-country-view');

    // A dyad leads to the other country's view; a person to their network.
    await page.locator('.dyads [data-country="RU"]').click();
    await expect.poll(() => summaryHeading().innerText()).toBe('Russia (RU)');
    expect(new URL(page.url()).search).toBe('?country=RU');
    await page.locator('.summary-list [data-kind="person"]', { hasText: 'Sergei Lavrov' }).click();
    await page.locator('.panel .meeting-count').waitFor();
    expect(await panelHeading().innerText()).toBe('Sergei Lavrov');
    expect(await page.locator('#summary').isHidden()).toBe(true);
  });

  test('?topic=Ukraine crisis shows its meetings per month and the people who met on it', async () => {
    await page.goto(`${app.base}/?topic=${encodeURIComponent('Ukraine crisis')}`);
    await summaryHeading().waitFor();
    expect(await summaryHeading().innerText()).toBe('Ukraine crisis');
    await screenshot(page, '11-topic-view');
    const people = await page.locator('.summary-list [data-kind="person"]').allInnerTexts();
    expect(people).toEqual(expect.arrayContaining(['Sergei Lavrov\n1']));
    // Each person's count is the number of the topic's meetings they took part in, so none exceeds the total.
    const total = Number((await page.locator('#summary > p').innerText()).split(' ')[0]);
    expect(Math.max(...people.map((p) => Number(p.split('\n')[1])))).toBeLessThanOrEqual(total);
    expect(await page.locator('#histogram .bar').count()).toBeGreaterThan(0);
  });

  test('a country no one knows is said so', async () => {
    await page.goto(`${app.base}/?country=ZZ`);
    await expect.poll(() => page.locator('#panel').innerText()).toContain('No country “ZZ” is known.');
  });
});
