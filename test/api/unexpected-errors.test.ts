import { describe, expect, test } from 'vitest';
import { createApp } from '../../src/api/index.ts';
import type { PipelineDeps } from '../../src/pipeline.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();

type Answer = { status: number; headers: Headers; text: string; body: { data?: unknown; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] } };

/** An app whose log lines land in `lines` (the logger is injected: nothing goes to the console). */
function appWith(deps: PipelineDeps) {
  const lines: Record<string, unknown>[] = [];
  const app = createApp(deps, { log: (entry) => lines.push(entry) });
  async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await app.fetch('http://parley.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Answer['body'] };
  }
  return { post, lines, unexpected: () => lines.filter((line) => line.msg === 'unexpected error') };
}

/** An extractor that fails the way a broken dependency does: an error wrapping its causes. */
function brokenExtractor(): PipelineDeps['extract'] {
  return async function extractWithBrokenSegmenter() {
    const io = Object.assign(new Error('ENOENT: dictionary file missing'), { code: 'ENOENT' });
    throw new Error('segmenter crashed on /srv/parley/secret-path', { cause: new Error('dictionary not loaded', { cause: io }) });
  };
}

const INGEST_ARTICLE = `mutation IngestOne($input: ArticleInput!) { ingestArticle(input: $input) { status } }`;
const ARTICLE = { url: 'https://news.example/1', lang: 'en', text: 'Wang Yi met Sergei Lavrov in Johannesburg on Thursday.' };

describe('unexpected errors', () => {
  test('the client sees INTERNAL and the request id only; the server log has the message, stack, causes and the same id', async () => {
    const { post, unexpected, lines } = appWith({ ...t.deps, extract: brokenExtractor() });
    const answer = await post(INGEST_ARTICLE, { input: ARTICLE }, { 'x-request-id': 'req-77' });

    expect(answer.status).toBe(500);
    expect(answer.headers.get('x-request-id')).toBe('req-77');
    expect(answer.body.errors).toEqual([{ message: 'Unexpected error.', path: ['ingestArticle'], extensions: { code: 'INTERNAL', requestId: 'req-77' } }]);
    for (const hidden of ['segmenter', 'secret-path', 'dictionary', 'ENOENT', 'extractWithBrokenSegmenter', '.ts:']) expect(answer.text).not.toContain(hidden);
    expect(answer.text).not.toMatch(/\bat \S+ \(/);

    expect(unexpected()).toEqual([
      expect.objectContaining({
        level: 'error',
        requestId: 'req-77',
        operationName: 'IngestOne',
        path: 'ingestArticle',
        name: 'Error',
        message: 'segmenter crashed on /srv/parley/secret-path',
        stack: expect.stringContaining('extractWithBrokenSegmenter'),
        cause: [
          expect.objectContaining({ name: 'Error', message: 'dictionary not loaded', stack: expect.stringContaining('dictionary not loaded') }),
          expect.objectContaining({ message: 'ENOENT: dictionary file missing', code: 'ENOENT' }),
        ],
      }),
    ]);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', requestId: 'req-77', status: 500, level: 'error' }));
  });

  test('without an x-request-id the generated one is the same in the header, the error and the log', async () => {
    const throwing = { ...t.deps.linker, person: () => { throw new TypeError("Cannot read properties of undefined (reading 'names')"); } };
    const { post, unexpected } = appWith({ ...t.deps, linker: throwing });
    const answer = await post('query Who($name: String) { person(name: $name) { id } }', { name: 'Wang Yi' });
    const id = answer.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL', requestId: id });
    expect(unexpected()).toEqual([expect.objectContaining({ requestId: id, operationName: 'Who', path: 'person', name: 'TypeError', cause: [] })]);
  });

  test('an expected error (bad input) reaches the client as it is and is not logged as unexpected', async () => {
    const { post, unexpected } = appWith(t.deps);
    const answer = await post(`mutation ($input: TriplesInput!) { ingestTriples(input: $input) { status } }`, { input: { url: 'not a url', lang: 'en', meetings: [] } });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unexpected()).toEqual([]);
  });
});
