import { auditServer } from 'graphql-http';
import { expect, test } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();
const api = createTestApp(t);

/**
 * graphql-http's GraphQL-over-HTTP audits against the real app: every MUST passes. Requests carry
 * the CSRF-prevention header, as any non-browser client of this server does.
 */
test('every MUST of the GraphQL over HTTP audits passes', async () => {
  const results = await auditServer({
    url: 'http://parley.test/graphql',
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set('x-graphql-yoga-csrf', '1');
      return api.app.fetch(String(input), { ...init, headers });
    },
  });
  const failedMusts = results.filter((r) => r.status === 'error').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
  expect(failedMusts).toEqual([]);
  const should = results.filter((r) => r.name.startsWith('SHOULD'));
  expect(should.length).toBeGreaterThan(0);
  expect(results.length).toBeGreaterThan(20);
});
