import { expect, test } from 'vitest';
import { countByMonth } from '../../src/web/count-by-month.ts';

test('counts meetings per month, fills the empty months between, and sets aside dates without a month', () => {
  expect(countByMonth(['2024-11-30', '2025-02-20', '2024-11', '2025-02-01', '2024', '--02-20', null])).toEqual({
    months: [
      { month: '2024-11', count: 2 },
      { month: '2024-12', count: 0 },
      { month: '2025-01', count: 0 },
      { month: '2025-02', count: 2 },
    ],
    undated: 3,
  });
});

test('no dated meetings give no months', () => {
  expect(countByMonth([null, '2023'])).toEqual({ months: [], undated: 2 });
});
