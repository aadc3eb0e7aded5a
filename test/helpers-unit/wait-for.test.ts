import { describe, expect, test } from 'vitest';
import { waitFor, within } from '../helpers/wait-for.ts';

describe('waitFor', () => {
  test('returns the first truthy answer of the check', async () => {
    let calls = 0;
    await expect(waitFor(() => (++calls >= 3 ? `after ${calls}` : null), { what: 'the third call', intervalMs: 1 })).resolves.toBe('after 3');
  });

  test('names what it waited for when the deadline passes', async () => {
    await expect(waitFor(() => false, { what: 'a state that never comes', timeoutMs: 20, intervalMs: 1 })).rejects.toThrow('waited 20 ms for a state that never comes');
  });

  test('ends at once with the error of a check that throws', async () => {
    let calls = 0;
    const failing = () => {
      calls += 1;
      throw new Error('terminated');
    };
    await expect(waitFor(failing, { what: 'anything' })).rejects.toThrow('terminated');
    expect(calls).toBe(1);
  });
});

describe('within', () => {
  test("passes on the promise's outcome", async () => {
    await expect(within(Promise.resolve(7), { what: 'seven' })).resolves.toBe(7);
    await expect(within(Promise.reject(new Error('no')), { what: 'a refusal' })).rejects.toThrow('no');
  });

  test('names what it waited for when the promise does not settle in time', async () => {
    await expect(within(new Promise(() => {}), { what: 'an event that never comes', timeoutMs: 20 })).rejects.toThrow('waited 20 ms for an event that never comes');
  });
});
