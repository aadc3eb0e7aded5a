import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { resourceLimits } from 'node:worker_threads';

/** Thrown between sentences when the worker's heap is close to its limit. */
export class HeapLimitNear extends Error {
  constructor(readonly usedMb: number) {
    super(`The worker's heap holds ${usedMb} MB, close to its limit`);
    this.name = 'HeapLimitNear';
  }
}

/** Young objects live in these; the worker's limit (maxOldGenerationSizeMb) counts the others. */
const YOUNG = new Set(['new_space', 'new_large_object_space']);

/**
 * A checkpoint that stops the article being read once the worker's old generation holds more
 * than `share` of its limit. Past the limit V8 terminates the worker, as documented, for most
 * allocations, but for some (a large array grown element by element) it aborts the whole process
 * instead (nodejs/node#47224): giving up a little before the limit, between two sentences,
 * keeps one article's failure that article's own.
 */
export function createHeapGuard(share = 0.8): () => void {
  const limitMb = resourceLimits.maxOldGenerationSizeMb ?? getHeapStatistics().heap_size_limit / 2 ** 20;
  const threshold = share * limitMb * 2 ** 20;
  return () => {
    let used = 0;
    for (const space of getHeapSpaceStatistics()) if (!YOUNG.has(space.space_name)) used += space.space_used_size;
    if (used > threshold) throw new HeapLimitNear(Math.round(used / 2 ** 20));
  };
}
