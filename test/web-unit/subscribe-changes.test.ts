import { describe, expect, test } from 'vitest';
import { subscribeChanges } from '../../src/web/subscribe-changes.ts';

/** A server answer whose body arrives in the given chunks, split wherever the network splits it. */
function sseResponse(chunks: string[], init: ResponseInit = { headers: { 'content-type': 'text/event-stream' } }): typeof fetch {
  return async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });
    return new Response(body, init);
  };
}

function listen(fetchImpl: typeof fetch) {
  const seen = { opened: 0, changes: 0 };
  const done = subscribeChanges('/graphql', { onOpen: () => seen.opened++, onChange: () => seen.changes++ }, new AbortController().signal, fetchImpl);
  return { seen, done };
}

describe('subscribeChanges', () => {
  test('counts each next event, even when an event is split across chunks, and ignores keep-alive comments', async () => {
    const { seen, done } = listen(sseResponse([':\n\n', 'event: next\ndata: {"data":{"graphChanged":{"at":"1"}}}\n\nevent: ne', 'xt\ndata: {}\n', '\n:\n\n']));
    await done;
    expect(seen).toEqual({ opened: 1, changes: 2 });
  });

  test('stops at the complete event', async () => {
    const { seen, done } = listen(sseResponse(['event: complete\ndata:\n\nevent: next\ndata: {}\n\n']));
    await done;
    expect(seen).toEqual({ opened: 1, changes: 0 });
  });

  test('a server that answers JSON instead of a stream is a refusal, not an open subscription', async () => {
    const { seen, done } = listen(sseResponse(['{"errors":[{"message":"no"}]}'], { status: 400, headers: { 'content-type': 'application/json' } }));
    await expect(done).rejects.toThrow('The server refused the subscription (400)');
    expect(seen.opened).toBe(0);
  });
});
