import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createGraphQLClient, GraphQLRequestError } from '../../src/web/graphql-client.ts';

/** A server that answers each POST from a script, and records what it was sent. */
function scripted(answers: object[]) {
  const sent: Record<string, unknown>[] = [];
  const fetchImpl = (async (_url: string, init?: RequestInit) => {
    sent.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
    return Response.json(answers[sent.length - 1]);
  }) as typeof fetch;
  return { sent, request: createGraphQLClient('/graphql', fetchImpl) };
}

describe('the explorer GraphQL client', () => {
  test('sends the document by its SHA-256 hash alone when the server knows it', async () => {
    const { sent, request } = scripted([{ data: { ok: true } }]);
    expect(await request('{ ok }', { a: 1 })).toEqual({ ok: true });
    const sha256Hash = createHash('sha256').update('{ ok }').digest('hex');
    expect(sent).toEqual([{ variables: { a: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash } } }]);
  });

  test('sends the document itself when the server has not persisted it', async () => {
    const { sent, request } = scripted([{ errors: [{ message: 'unknown', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }, { data: { ok: true } }]);
    expect(await request('{ ok }')).toEqual({ ok: true });
    expect(sent.map((body) => body.query)).toEqual([undefined, '{ ok }']);
  });

  test('any other error is the caller\'s, with its code', async () => {
    const { request } = scripted([{ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] }]);
    await expect(request('{ ok }')).rejects.toEqual(new GraphQLRequestError('slow down', 'RATE_LIMITED', 200));
  });
});
