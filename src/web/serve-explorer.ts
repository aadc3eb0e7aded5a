import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/** Where `npm run build:web` (run by `npm install`) writes the explorer bundle. */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../web-dist', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// The page only needs its own scripts and styles and the GraphQL endpoint; ForceAtlas2 runs in a
// worker built from a blob URL, and PNG export draws into blob/data images.
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parley explorer not built</title></head>
<body><h1>The explorer page has not been built</h1>
<p>Run <code>npm run build:web</code> (or <code>npm install</code>, which runs it) and reload.
The GraphQL API is up at <a href="/graphql">/graphql</a>.</p></body></html>
`;

/**
 * Serves the explorer bundle built by Vite: `/` is index.html (revalidated on every load, so a new
 * build shows at once) and `/assets/*` are content-hashed files cached for a year. Before the
 * bundle is built, `/` answers 503 with a page saying how to build it.
 */
export function useExplorer(distDir: string): Plugin {
  const assetsDir = path.resolve(distDir, 'assets');
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const head = request.method === 'HEAD';
      if (url.pathname === '/' || url.pathname === '/index.html') {
        const html = await readOptional(path.join(distDir, 'index.html'));
        const headers = { 'content-type': CONTENT_TYPES['.html']!, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
        endResponse(
          html === null
            ? new fetchAPI.Response(head ? null : NOT_BUILT, { status: 503, headers: { ...headers, 'retry-after': '30' } })
            : new fetchAPI.Response(head ? null : html, { status: 200, headers: { ...headers, 'content-security-policy': PAGE_POLICY, 'referrer-policy': 'no-referrer' } }),
        );
        return;
      }
      if (!url.pathname.startsWith('/assets/')) return;
      const file = assetPath(assetsDir, url.pathname.slice('/assets/'.length));
      const body = file === null ? null : await readOptional(file);
      if (file === null || body === null) {
        endResponse(new fetchAPI.Response(head ? null : 'Not found', { status: 404, headers: { 'content-type': CONTENT_TYPES['.txt']!, 'cache-control': 'no-store' } }));
        return;
      }
      endResponse(
        new fetchAPI.Response(head ? null : body, {
          status: 200,
          headers: {
            'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
            // Vite puts a content hash in every asset name: a changed file is a new URL.
            'cache-control': 'public, max-age=31536000, immutable',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
  };
}

/** The file an `/assets/` path names, or null when it would leave the assets folder. */
function assetPath(assetsDir: string, encoded: string): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const file = path.resolve(assetsDir, relative);
  return file.startsWith(assetsDir + path.sep) ? file : null;
}

async function readOptional(file: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}
