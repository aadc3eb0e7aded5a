/** A token bucket per caller: `take` answers whether the call may go on, or how long to wait. */
export interface RateLimiter {
  take(caller: string, now?: number): { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };
}

/**
 * `perMinute` calls a minute with bursts up to the same number. Buckets live in the app that
 * made the limiter (not in the module), and idle ones are dropped so memory stays bounded.
 */
export function createRateLimiter(perMinute: number, maxCallers = 100_000): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  return {
    take(caller, now = Date.now()) {
      const bucket = buckets.get(caller) ?? { tokens: perMinute, at: now };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
      bucket.at = now;
      buckets.delete(caller);
      if (buckets.size >= maxCallers) buckets.delete(buckets.keys().next().value as string);
      buckets.set(caller, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
    },
  };
}
