import { describe, expect, test } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import { sha256, type Config } from '../../src/config.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { seedTriples } from '../helpers/triples.ts';

const t = useTestGraph();

function app(access: Partial<Config['access']> = {}, log?: (entry: Record<string, unknown>) => void) {
  return createApp(t.deps, { access: { keys: [], reads: 'open', corsOrigins: [], ratePerMinute: 600, ...access }, ...(log ? { log } : {}) });
}

async function post(target: ReturnType<typeof app>, query: string, variables: unknown = {}, headers: Record<string, string> = {}) {
  const response = await target.fetch('http://parley.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> } };
}

const INGEST = `mutation ($input: TriplesInput!) { ingestTriples(input: $input) { status } }`;
const keyed = { keys: [{ name: 'ops', hash: sha256('s3cret-key') }] };

describe('API keys', () => {
  test('with keys configured, a write without a key is 401 and stores nothing', async () => {
    const response = await post(app(keyed), INGEST, { input: seedTriples() });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.cypher('MATCH (n) WHERE NOT n:ParleyTestDatabase RETURN n')).toEqual([]);
  });

  test('a write with the key is stored', async () => {
    const response = await post(app(keyed), INGEST, { input: seedTriples() }, { authorization: 'Bearer s3cret-key' });
    expect(response.body.data).toEqual({ ingestTriples: { status: 'created' } });
  });

  test('a wrong key is refused even for reads', async () => {
    const response = await post(app(keyed), '{ people(search: "x") { id } }', {}, { authorization: 'Bearer wrong' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  test('reads are open by default and closed with PARLEY_READS=keys', async () => {
    expect((await post(app(keyed), '{ people(search: "x") { id } }')).status).toBe(200);
    const closed = await post(app({ ...keyed, reads: 'keys' }), '{ people(search: "x") { id } }');
    expect(closed.status).toBe(401);
  });
});

describe('limits', () => {
  test('past the per-minute budget a caller gets 429 with Retry-After', async () => {
    const limited = app({ ratePerMinute: 2 });
    expect((await post(limited, '{ __typename }')).status).toBe(200);
    expect((await post(limited, '{ __typename }')).status).toBe(200);
    const third = await post(limited, '{ __typename }');
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('30');
    expect(third.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  test.each([
    ['too deep', `{ meetings { edges { node { participants { counterparts { person { meetings { edges { node { participants { counterparts { person { name } } } } } } } } } } } } }`],
    ['too many aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: meeting(id: "m${i}") { id }`).join(' ')} }`],
  ])('a query %s is refused before it runs', async (_, query) => {
    const response = await post(app(), query);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.data).toBeUndefined();
  });

  test('a GET without a CSRF header is refused', async () => {
    const response = await app().fetch('http://parley.test/graphql?query=%7B__typename%7D', { headers: { accept: 'application/json' } });
    expect(response.status).toBe(403);
  });
});

describe('observability', () => {
  test('a request id is echoed in the header, the result and the log', async () => {
    const lines: Record<string, unknown>[] = [];
    const response = await post(app({}, (entry) => lines.push(entry)), '{ __typename }', {}, { 'x-request-id': 'req-42' });
    expect(response.headers.get('x-request-id')).toBe('req-42');
    expect(response.body.extensions?.requestId).toBe('req-42');
    expect(lines).toEqual([expect.objectContaining({ level: 'info', msg: 'request', requestId: 'req-42', path: '/graphql', status: 200 })]);
  });

  test('/metrics serves Prometheus counters', async () => {
    const target = app();
    await post(target, '{ __typename }');
    const response = await target.fetch('http://parley.test/metrics');
    const text = await response.text();
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(text).toMatch(/parley_http_requests_total\{path="\/graphql",status="200"\} 1/);
    expect(text).toMatch(/parley_graphql_operations_total\{type="query",outcome="ok"\} 1/);
  });

  test('an unexpected error is masked as INTERNAL with no detail', async () => {
    const broken = createApp({ ...t.deps, linker: { ...t.deps.linker, person: () => { throw new Error('secret Cypher detail'); } } });
    const response = await post(broken, '{ person(name: "x") { id } }');
    expect(response.body.errors?.[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL' } });
    expect(JSON.stringify(response.body)).not.toContain('secret');
  });
});
