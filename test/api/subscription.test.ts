import { afterEach, describe, expect, test } from 'vitest';
import { createApp, watchGraphChanges, type GraphChanges } from '../../src/api/index.ts';
import { ingestTriples } from '../../src/pipeline.ts';
import { useTestGraph } from '../helpers/test-graph.ts';
import { seedTriples } from '../helpers/triples.ts';
import { waitFor, within } from '../helpers/wait-for.ts';

const t = useTestGraph();
let changes: GraphChanges | undefined;
let abort: AbortController | undefined;

afterEach(() => {
  abort?.abort();
  changes?.close();
});

const SUBSCRIPTION = 'subscription { graphChanged { at curationCount articles { url title meetings { id } } } }';

interface ChangeEvent {
  data: { graphChanged: { at: string; curationCount: number; articles: { url: string; title: string; meetings: { id: string }[] }[] } };
}

/** Opens the subscription as a browser would (POST, text/event-stream) and yields each event. */
async function subscribe(app: ReturnType<typeof createApp>): Promise<AsyncGenerator<ChangeEvent, void>> {
  abort = new AbortController();
  const response = await app.fetch('http://parley.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: SUBSCRIPTION }),
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  return (async function* () {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (block.startsWith('event: next') && data) yield JSON.parse(data.slice(6)) as ChangeEvent;
      }
    }
  })();
}

async function nextEvent(events: AsyncGenerator<ChangeEvent, void>): Promise<ChangeEvent['data']['graphChanged']> {
  const { value, done } = await within(events.next(), { what: 'the next graphChanged event' });
  if (done) throw new Error('the stream ended');
  return value.data.graphChanged;
}

async function ingest(input: unknown) {
  const result = await ingestTriples(t.deps, input);
  if (!result.success) throw result.error;
}

describe('graphChanged subscription', () => {
  test('an article stored by another writer reaches a subscriber over server-sent events', async () => {
    await ingest({ ...seedTriples(), url: 'https://before.example/1' });
    changes = watchGraphChanges(t.graph, { intervalMs: 100 });
    const events = await subscribe(createApp(t.deps, { changes }));
    await changes.watching();
    // Written past the API, as `parley ingest` in another process does.
    await ingest({ ...seedTriples(), url: 'https://after.example/1', title: 'Written elsewhere' });
    const change = await nextEvent(events);
    expect(change.articles.map((article) => [article.url, article.title])).toEqual([['https://after.example/1', 'Written elsewhere']]);
    expect(change.articles[0]!.meetings.length).toBe(1);
    expect(change.curationCount).toBe(0);
  });

  test('a write through this server is announced at once, not at the next tick', async () => {
    changes = watchGraphChanges(t.graph, { intervalMs: 600_000 });
    const app = createApp(t.deps, { changes });
    const events = await subscribe(app);
    await changes.watching();
    const mutation = await app.fetch('http://parley.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($input: TriplesInput!) { ingestTriples(input: $input) { status } }', variables: { input: seedTriples() } }),
    });
    expect(((await mutation.json()) as { data: unknown }).data).toEqual({ ingestTriples: { status: 'created' } });
    const change = await nextEvent(events);
    expect(change.articles.map((article) => article.url)).toEqual([seedTriples().url]);
  });

  test('the watcher reads the graph only while someone listens', async () => {
    // "Reads nothing" is shown against a watcher that does listen, on the same interval: by the
    // time it has looked several times, an idle watcher that polled would have looked too.
    let reads = 0;
    changes = watchGraphChanges(t.graph.observe(() => reads++), { intervalMs: 50 });
    let referenceReads = 0;
    const reference = watchGraphChanges(t.graph.observe(() => referenceReads++), { intervalMs: 50 });
    const referenceStream = reference.subscribe();
    const referenceDone = referenceStream.next();
    const referenceLooks = async (count: number) => {
      const from = referenceReads;
      await waitFor(() => referenceReads >= from + count, { what: `the listening watcher to read ${count} more times` });
    };
    try {
      await reference.watching();
      await referenceLooks(3);
      expect(reads).toBe(0);

      const stream = changes.subscribe();
      const first = stream.next();
      await changes.watching();
      await waitFor(() => reads > 2, { what: 'the subscribed watcher to read the graph on its ticks' });
      await stream.return?.(undefined);
      await first;
      // One look may already have been under way when the subscriber left.
      const after = reads;
      await referenceLooks(5);
      expect(reads).toBeLessThanOrEqual(after + 1);
    } finally {
      await referenceStream.return?.(undefined);
      await referenceDone;
      reference.close();
    }
  });
});
