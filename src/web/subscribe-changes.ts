import { CHANGES_SUBSCRIPTION } from './explorer-queries.ts';
import { persistedBody, withDocument, type GraphQLBody } from './persisted-body.ts';

const isEventStream = (response: Response): boolean => (response.headers.get('content-type') ?? '').startsWith('text/event-stream');

export interface ChangeListener {
  /** The server accepted the subscription. */
  onOpen(): void;
  /** The server announced a batch of changes. */
  onChange(): void;
}

/**
 * Listens to the server's `graphChanged` subscription over server-sent events (a POST with
 * `Accept: text/event-stream`, which fetch can stream and EventSource cannot send). Resolves
 * when the stream ends and rejects when it cannot open or breaks.
 */
export async function subscribeChanges(endpoint: string, listener: ChangeListener, signal: AbortSignal, fetchImpl: typeof fetch = fetch.bind(globalThis)): Promise<void> {
  const open = (body: GraphQLBody) =>
    fetchImpl(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify(body), signal });
  const first = await persistedBody(CHANGES_SUBSCRIPTION, {});
  let response = await open(first);
  // A server that has not persisted the document answers with an error, not a stream: send it.
  if (first.query === undefined && !isEventStream(response)) response = await open(withDocument(first, CHANGES_SUBSCRIPTION));
  if (!response.ok || !response.body || !isEventStream(response)) {
    throw new Error(`The server refused the subscription (${response.status})`);
  }
  listener.onOpen();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (block.startsWith('event: next')) listener.onChange();
      if (block.startsWith('event: complete')) return;
    }
  }
}
