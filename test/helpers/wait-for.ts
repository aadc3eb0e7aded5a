export interface WaitOptions {
  /** Named in the error when the deadline passes: "waited 30000 ms for <what>". */
  readonly what: string;
  /** Generous on purpose: the deadline only bounds a hang, it never decides a pass. @default 30000 */
  readonly timeoutMs?: number;
  /** @default 25 */
  readonly intervalMs?: number;
}

/**
 * Calls `check` until it returns something truthy and returns that, or throws naming what it
 * waited for once the deadline passes. A check that throws ends the wait with its error at once:
 * waiting is for a state to arrive, not for failures to stop.
 */
export async function waitFor<T>(check: () => T | Promise<T>, options: WaitOptions): Promise<NonNullable<T>> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() >= deadline) throw new Error(`waited ${timeoutMs} ms for ${options.what}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 25));
  }
}

/** `promise`'s outcome, or an error naming what it was waiting for once the deadline passes. */
export async function within<T>(promise: Promise<T>, options: Omit<WaitOptions, 'intervalMs'>): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`waited ${timeoutMs} ms for ${options.what}`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
