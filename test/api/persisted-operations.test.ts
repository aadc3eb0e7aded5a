import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createApp, operationHash, readOperationsFile } from '../../src/api/index.ts';
import { PERSON_QUERY } from '../../src/web/explorer-queries.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();

async function post(app: ReturnType<typeof createApp>, body: unknown) {
  const response = await app.fetch('http://parley.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] }) };
}

const byHash = (document: string, variables: Record<string, unknown> = {}) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(document) } } });
const codes = (answer: { errors?: { extensions?: { code?: string } }[] }) => answer.errors?.map((error) => error.extensions?.code);

describe('persisted operations', () => {
  test('with persisted operations only, a listed hash runs and a raw document or unknown hash is refused with a code', async () => {
    const app = createApp(t.deps, { persistedOperations: { documents: [PERSON_QUERY], only: true } });
    expect(await post(app, byHash(PERSON_QUERY, { name: '王毅' }))).toMatchObject({ status: 200, data: { person: null } });
    expect(codes(await post(app, { query: '{ people(search: "Wang") { id } }' }))).toEqual(['PERSISTED_QUERY_ONLY']);
    expect(codes(await post(app, byHash('{ people(search: "Wang") { id } }')))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  test('by default any document runs, and listed ones also by hash', async () => {
    const app = createApp(t.deps, { persistedOperations: { documents: [PERSON_QUERY], only: false } });
    expect(await post(app, { query: '{ people(search: "Wang") { id } }' })).toMatchObject({ data: { people: [] } });
    expect(await post(app, byHash(PERSON_QUERY, { name: 'Wang Yi' }))).toMatchObject({ data: { person: null } });
  });

  test('an operations file must map each document to its own SHA-256', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-ops-'));
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ [operationHash('{ topics(search: "x") { id } }')]: '{ topics(search: "x") { id } }' }));
    expect(readOperationsFile(good)).toEqual(['{ topics(search: "x") { id } }']);
    const wrong = path.join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ [operationHash('{ a }')]: '{ b }' }));
    expect(() => readOperationsFile(wrong)).toThrow(/is not the SHA-256 of its document/);
    const malformed = path.join(dir, 'malformed.json');
    writeFileSync(malformed, JSON.stringify({ abc: '{ b }' }));
    expect(() => readOperationsFile(malformed)).toThrow(/abc: must be a SHA-256 hex digest/);
  });
});
