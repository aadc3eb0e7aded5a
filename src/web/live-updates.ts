import { pollView } from './poll-view.ts';
import { subscribeChanges } from './subscribe-changes.ts';

export interface LiveUpdateOptions {
  /** The GraphQL endpoint serving the subscription. */
  readonly endpoint: string;
  /** How often the view is asked again while the subscription is down. */
  readonly pollMs: number;
  /** Longest wait between attempts to reopen the subscription. @default 60000 */
  readonly maxRetryMs?: number;
}

const FIRST_RETRY_MS = 2000;

/**
 * Keeps the view current: `refresh` runs whenever the server announces a change (the
 * `graphChanged` subscription); while the subscription is down, a poll stands in and the
 * subscription is retried with backoff. Returns a function that stops both.
 */
export function startLiveUpdates(refresh: () => Promise<void>, options: LiveUpdateOptions): () => void {
  const controller = new AbortController();
  let stopPolling: (() => void) | null = null;
  let running: Promise<void> | null = null;
  let pending = false;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  // Changes arrive in bursts while someone ingests: one refresh at a time, and one more after it.
  const onChange = () => {
    if (running) {
      pending = true;
      return;
    }
    running = refresh().finally(() => {
      running = null;
      if (pending) {
        pending = false;
        onChange();
      }
    });
  };

  const onOpen = () => {
    stopPolling?.();
    stopPolling = null;
    retryMs = FIRST_RETRY_MS;
    // Whatever changed between the view's first load (or the last gap) and the stream opening
    // was never announced: the server opens the stream only once it watches, so one refresh now
    // leaves nothing out.
    onChange();
  };

  const connect = () => {
    subscribeChanges(options.endpoint, { onOpen, onChange }, controller.signal)
      .catch(() => {})
      .finally(() => {
        if (controller.signal.aborted) return;
        stopPolling ??= pollView(refresh, options.pollMs);
        retryTimer = setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, options.maxRetryMs ?? 60_000);
      });
  };
  connect();

  return () => {
    controller.abort();
    clearTimeout(retryTimer);
    stopPolling?.();
  };
}
