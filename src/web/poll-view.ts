/**
 * Runs `refresh` every `intervalMs` while the page is visible, one run at a time, so meetings
 * ingested meanwhile appear without a reload. Returns a function that stops it.
 */
export function pollView(refresh: () => Promise<void>, intervalMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = () => {
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  const tick = async () => {
    if (document.hidden) {
      schedule();
      return;
    }
    try {
      await refresh();
    } finally {
      schedule();
    }
  };
  const onVisible = () => {
    if (document.hidden || stopped) return;
    clearTimeout(timer);
    void tick();
  };
  document.addEventListener('visibilitychange', onVisible);
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
