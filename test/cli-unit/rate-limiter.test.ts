import { expect, test } from 'vitest';
import { createRateLimiter } from '../../src/api/access/create-rate-limiter.ts';

test('a bucket allows the per-minute budget, then refuses until tokens refill', () => {
  const limiter = createRateLimiter(60);
  for (let i = 0; i < 60; i++) expect(limiter.take('a', 0).allowed).toBe(true);
  expect(limiter.take('a', 0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  expect(limiter.take('b', 0).allowed).toBe(true);
  expect(limiter.take('a', 1000).allowed).toBe(true);
});

test('idle callers are dropped past the size bound', () => {
  const limiter = createRateLimiter(1, 2);
  limiter.take('a', 0);
  limiter.take('b', 0);
  limiter.take('c', 0);
  expect(limiter.take('a', 0).allowed).toBe(true);
});
