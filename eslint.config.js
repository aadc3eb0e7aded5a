import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';

/**
 * The stage order (ingest → extract → resolve → store, with kb beneath extract and resolve) is
 * held here rather than in prose: an import against the flow fails the build.
 */
const stageZones = [
  { target: './src/kb', from: ['./src/ingest', './src/extract', './src/resolve', './src/store', './src/api', './src/web', './src/cli'] },
  { target: './src/ingest', from: ['./src/resolve', './src/store', './src/api', './src/web', './src/cli', './src/pipeline.ts'] },
  { target: './src/extract', from: ['./src/resolve', './src/store', './src/api', './src/web', './src/cli', './src/pipeline.ts'] },
  { target: './src/resolve', from: ['./src/store', './src/api', './src/web', './src/cli', './src/pipeline.ts'] },
  { target: './src/worker-pool', from: ['./src/store', './src/api', './src/web', './src/cli', './src/pipeline.ts'] },
  { target: './src/store', from: ['./src/api', './src/web', './src/cli', './src/pipeline.ts'] },
  { target: './src/api', from: ['./src/web', './src/cli'] },
  { target: './src/web', from: ['./src/ingest', './src/extract', './src/resolve', './src/store', './src/api', './src/kb', './src/cli', './src/pipeline.ts'] },
  { target: './src', from: ['./test', './bench', './scripts'] },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'web-dist/', 'neo4j-launcher/', 'scratch/', 'test-results/', '.parley/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js'] } } },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-mutable-exports': 'error',
      'import-x/no-restricted-paths': ['error', { zones: stageZones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['bin/**/*.js', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
