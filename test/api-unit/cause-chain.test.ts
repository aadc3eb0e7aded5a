import { describe, expect, test } from 'vitest';
import { causeChain } from '../../src/api/observe/report-unexpected-errors.ts';

describe('the cause chain of a logged error', () => {
  test('lists each cause outermost first, with its stack and code', () => {
    const root = Object.assign(new Error('connection reset'), { code: 'ECONNRESET' });
    const chain = causeChain(new Error('write failed', { cause: new RangeError('batch aborted', { cause: root }) }));
    expect(chain).toEqual([
      { name: 'RangeError', message: 'batch aborted', stack: expect.stringContaining('batch aborted') },
      { name: 'Error', message: 'connection reset', stack: expect.stringContaining('connection reset'), code: 'ECONNRESET' },
    ]);
  });

  test('a cause that is not an Error is shown as text, and a loop ends the chain', () => {
    const looped = new Error('outer');
    const inner = new Error('inner', { cause: looped });
    Object.assign(looped, { cause: inner });
    expect(causeChain(looped).map((cause) => cause.message)).toEqual(['inner']);
    expect(causeChain(new Error('outer', { cause: 'disk full' }))).toEqual([{ name: 'string', message: 'disk full' }]);
  });

  test('an error without a cause has an empty chain', () => {
    expect(causeChain(new Error('alone'))).toEqual([]);
    expect(causeChain('not even an error')).toEqual([]);
  });
});
