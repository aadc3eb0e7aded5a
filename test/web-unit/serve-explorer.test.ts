import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, describe, expect, test } from 'vitest';
import { useExplorer } from '../../src/web/serve-explorer.ts';

const built = mkdtempSync(path.join(tmpdir(), 'parley-web-dist-'));
mkdirSync(path.join(built, 'assets'));
writeFileSync(path.join(built, 'index.html'), '<!doctype html><title>Parley</title>');
writeFileSync(path.join(built, 'assets', 'index-abc123.js'), 'console.log("explorer")');
writeFileSync(path.join(built, 'assets', 'index-abc123.css'), 'body{}');
writeFileSync(path.join(built, 'secret.txt'), 'not an asset');
const empty = mkdtempSync(path.join(tmpdir(), 'parley-web-empty-'));
afterAll(() => {
  rmSync(built, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

function appServing(distDir: string) {
  const schema = createSchema({ typeDefs: 'type Query { ok: Boolean }' });
  return createYoga({ schema, plugins: [useExplorer(distDir)], logging: false, landingPage: false });
}
const get = (distDir: string, pathname: string, method = 'GET') => appServing(distDir).fetch(`http://parley.test${pathname}`, { method });

describe('serving the explorer', () => {
  test('/ is index.html, revalidated on every load, under a content security policy', async () => {
    const response = await get(built, '/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>Parley</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
  });

  test.each([
    ['/assets/index-abc123.js', 'text/javascript; charset=utf-8', 'console.log("explorer")'],
    ['/assets/index-abc123.css', 'text/css; charset=utf-8', 'body{}'],
  ])('%s is served as %s and cached for a year', async (pathname, type, body) => {
    const response = await get(built, pathname);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(body);
  });

  test('HEAD answers the headers without a body', async () => {
    const response = await get(built, '/assets/index-abc123.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  test.each(['/assets/missing.js', '/assets/..%2Fsecret.txt', '/assets/%E0%A4%A', '/assets/'])('%s is 404 and never a file outside assets/', async (pathname) => {
    const response = await get(built, pathname);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });

  test('a dot-dot path is resolved by the URL parser to /secret.txt, outside /assets/, and not served', async () => {
    const response = await get(built, '/assets/%2e%2e/secret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  test('before the bundle is built, / says so with a 503', async () => {
    const response = await get(empty, '/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('Run <code>npm run build:web</code>');
  });

  test('other paths fall through to GraphQL', async () => {
    const response = await appServing(built).fetch('http://parley.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ok }' }) });
    expect(await response.json()).toEqual({ data: { ok: null } });
  });
});
