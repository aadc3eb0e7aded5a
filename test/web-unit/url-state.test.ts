import { describe, expect, test } from 'vitest';
import { EMPTY_VIEW, formatViewState, parseViewState } from '../../src/web/url-state.ts';

describe('the view in the URL', () => {
  test('reads every filter of a shared link', () => {
    expect(parseViewState('?person=王毅&from=2024-01&to=2025-02-20&topic=Ukraine+crisis&kind=phone_call&country=cn&depth=2&expand=person:sergei-lavrov')).toEqual({
      person: '王毅',
      from: '2024-01',
      to: '2025-02-20',
      topic: 'Ukraine crisis',
      kind: 'phone_call',
      country: 'CN',
      depth: 2,
      expand: ['person:sergei-lavrov'],
    });
  });

  test.each([
    ['from=last+year', 'from', null],
    ['to=2024-13', 'to', null],
    ['kind=dinner', 'kind', null],
    ['country=China', 'country', null],
    ['depth=3', 'depth', 1],
    ['expand=lavrov,person:x,person:x', 'expand', ['person:x']],
    ['person=%20%20', 'person', null],
  ])('drops a malformed value (%s) instead of sending it to the API', (search, key, expected) => {
    expect(parseViewState(`?${search}`)[key as keyof typeof EMPTY_VIEW]).toEqual(expected);
  });

  test('writes only what differs from the defaults, and reads back the same view', () => {
    const view = { ...EMPTY_VIEW, person: 'Wang Yi', from: '2024', depth: 2 as const };
    expect(formatViewState(view)).toBe('?person=Wang+Yi&from=2024&depth=2');
    expect(parseViewState(formatViewState(view))).toEqual(view);
    expect(formatViewState(EMPTY_VIEW)).toBe('');
  });
});
