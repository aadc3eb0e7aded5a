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
  const response = await fetchImpl(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: 'subscription { graphChanged { at } }' }),
    signal,
  });
  if (!response.ok || !response.body || !(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
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
