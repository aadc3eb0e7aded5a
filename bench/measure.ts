/** Latency and throughput of one way of asking, bounded in count and in time. */
export interface Figures {
  readonly p50: number;
  readonly p95: number;
  /** Requests a second with `concurrency` clients. */
  readonly throughput: number;
}

/** The value at fraction `p` (0–1) of an ascending list. */
export const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

/**
 * Sequential latency after a warm-up, then throughput with `concurrency` clients for at most
 * `requests` requests or `seconds` seconds, whichever ends first.
 */
export async function measure(ask: (i: number) => Promise<unknown>, options: { warmup: number; requests: number; concurrency: number; seconds: number }): Promise<Figures> {
  for (let i = 0; i < options.warmup; i++) await ask(i);
  const times: number[] = [];
  for (let i = 0; i < options.requests; i++) {
    const t0 = performance.now();
    await ask(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  let done = 0;
  let next = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < options.requests && performance.now() < deadline) {
        await ask(next++);
        done++;
      }
    }),
  );
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), throughput: done / ((performance.now() - t0) / 1000) };
}
