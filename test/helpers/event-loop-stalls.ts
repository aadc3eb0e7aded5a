import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * The longest the calling thread's event loop was held while `work` ran, in ms: what a probe
 * such as `GET /health` would have waited at worst, free of the HTTP round trip's own noise.
 */
export async function longestStall<T>(work: () => Promise<T>): Promise<{ readonly result: T; readonly stallMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    const result = await work();
    return { result, stallMs: histogram.max / 1e6 };
  } finally {
    histogram.disable();
  }
}
