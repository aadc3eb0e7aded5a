import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import { loadConfig, sha256, type Config } from '../../src/config.ts';
import { ingestTriples } from '../../src/pipeline.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { unknownPeopleTriples } from '../helpers/triples.ts';

const t = useTestGraph();

const OPEN: Config['access'] = { keys: [], reads: 'open', corsOrigins: [], ratePerMinute: 600 };
const KEYED: Config['access'] = { ...OPEN, keys: [{ name: 'analyst-7', hash: sha256('analyst-7-key') }, { name: 'ci-bot', hash: sha256('ci-key') }] };

const ADD_ALIAS = `mutation ($id: ID!) { addAlias(id: $id, alias: "Envoy Ada") { curation { action by } } }`;

type Answer = { status: number; data?: { addAlias: { curation: { by: string } } } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** A person to curate: the only write every test makes is one alias on them. */
async function adaQuennell(): Promise<string> {
  const stored = await ingestTriples(t.deps, unknownPeopleTriples('https://a.example/1', '2024-01-01'));
  if (!stored.success) throw stored.error;
  const [row] = await t.cypher<{ id: string }>('MATCH (p:Person {name: "Ada Quennell"}) RETURN p.id AS id');
  return row!.id;
}

/** Adds the alias as a request from `peer` (a socket's remote address) with the given headers. */
async function addAlias(app: ReturnType<typeof createApp>, headers: Record<string, string>, peer?: string): Promise<Answer> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: ADD_ALIAS, variables: { id: await adaQuennell() } }) };
  // The Node adapter hands yoga the incoming request's socket: a peer is that socket's address.
  const response = await (peer ? app.fetch('http://parley.test/graphql', init, { req: { socket: { remoteAddress: peer } } }) : app.fetch('http://parley.test/graphql', init));
  return { status: response.status, ...((await response.json()) as object) };
}

const curations = () => t.cypher<{ by: string }>('MATCH (c:Curation) RETURN c.by AS by');

describe('with API keys, a curation is recorded under the caller\'s key name', () => {
  test('the key presented names the curator', async () => {
    const answer = await addAlias(createApp(t.deps, { access: KEYED }), { authorization: 'Bearer ci-key' });
    expect(answer.data?.addAlias.curation).toEqual({ action: 'add_alias', by: 'ci-bot' });
    expect(await curations()).toEqual([{ by: 'ci-bot' }]);
  });

  test('an x-parley-user header is refused as FORBIDDEN, naming the header, and nothing is recorded', async () => {
    const answer = await addAlias(createApp(t.deps, { access: KEYED }), { authorization: 'Bearer analyst-7-key', 'x-parley-user': 'someone-else' });
    expect(answer.status).toBe(403);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.message).toContain('x-parley-user');
    expect(await curations()).toEqual([]);
  });

  test('keys of the older PARLEY_API_KEY form curate as key-1, key-2 in order', async () => {
    const access = loadConfig({ PARLEY_API_KEY: 'first-key,second-key' }).access;
    const answer = await addAlias(createApp(t.deps, { access }), { authorization: 'Bearer second-key' });
    expect(answer.data?.addAlias.curation.by).toBe('key-2');
  });
});

describe('without keys, the x-parley-user header names the curator only from this machine', () => {
  test('over a loopback socket the header is recorded', async () => {
    const server = createServer(createApp(t.deps, { access: OPEN }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-parley-user': ' analyst-7 ' },
        body: JSON.stringify({ query: ADD_ALIAS, variables: { id: await adaQuennell() } }),
      });
      const body = (await response.json()) as Answer;
      expect(body.data?.addAlias.curation.by).toBe('analyst-7');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test.each(['::1', '::ffff:127.0.0.1'])('from %s the header is recorded', async (peer) => {
    const answer = await addAlias(createApp(t.deps, { access: OPEN }), { 'x-parley-user': 'analyst-7' }, peer);
    expect(answer.data?.addAlias.curation.by).toBe('analyst-7');
  });

  test('from another machine the header is ignored and the curator is "local"', async () => {
    const answer = await addAlias(createApp(t.deps, { access: OPEN }), { 'x-parley-user': 'analyst-7' }, '203.0.113.9');
    expect(answer.data?.addAlias.curation.by).toBe('local');
  });

  test('without the header the curator is "local"', async () => {
    const answer = await addAlias(createApp(t.deps, { access: OPEN }), {});
    expect(answer.data?.addAlias.curation.by).toBe('local');
  });

  test('a header longer than 200 characters is BAD_USER_INPUT naming it, and nothing is recorded', async () => {
    const answer = await addAlias(createApp(t.deps, { access: OPEN }), { 'x-parley-user': 'a'.repeat(201) });
    expect(answer.errors?.[0]).toMatchObject({ message: 'x-parley-user: must be at most 200 characters', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await curations()).toEqual([]);
  });
});
