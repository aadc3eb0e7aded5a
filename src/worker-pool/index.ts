/**
 * Reading articles off the caller's event loop: clean → extract (→ resolve) in worker threads,
 * with a budget of time and memory per article and a bounded waiting line.
 */
export { createReaderPool } from './create-reader-pool.ts';
export type { ArticleReader, ReaderPool, ReaderPoolOptions } from './create-reader-pool.ts';
