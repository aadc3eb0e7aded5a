import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';

/**
 * Builds the explorer page into web-dist/ at the repository root, served by useExplorer(). Built
 * at install time so the running server needs neither the network nor Vite.
 */
// Vite loads its config through a default export. A plain object rather than defineConfig():
// the lint's import resolver cannot load the vite package, and only the type is needed.
export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../web-dist', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
    target: 'es2022',
    // sigma and graphology are most of the page; one chunk is fine for a single-page tool.
    chunkSizeWarningLimit: 1200,
  },
} satisfies UserConfig;
