import type { ResolvedArticle } from '../resolve/index.ts';

/**
 * Splits a batch of articles into waves that can be written together: within a wave no two
 * articles share a URL or report what could be the same meeting (same people, same kind of
 * contact, days at most one apart or one undated). Such articles go to a later wave of the same
 * transaction, so the later one sees the earlier one's meeting exactly as a sequential write
 * would. An article that replaces a stored version (`storedHashes`, or an earlier version in the
 * batch) takes back meetings others may join, so it is a barrier: a wave of its own, after
 * everything before it and before everything after it. Ids must already be final (remapped),
 * since they decide what "same people" means.
 */
export function planWaves(articles: readonly ResolvedArticle[], storedHashes: ReadonlyMap<string, string>): ResolvedArticle[][] {
  const waves: ResolvedArticle[][] = [];
  const urlWave = new Map<string, number>();
  const latestHash = new Map(storedHashes);
  const meetingWaves = new Map<string, { day: number | null; wave: number }[]>();
  let floor = 0;
  for (const article of articles) {
    const { url, contentHash } = article.article;
    const previous = latestHash.get(url);
    latestHash.set(url, contentHash);
    if (previous !== undefined && previous !== contentHash) {
      const barrier = Math.max(floor, waves.length);
      (waves[barrier] ??= []).push(article);
      urlWave.set(url, barrier);
      floor = barrier + 1;
      continue;
    }
    let wave = Math.max(floor, (urlWave.get(url) ?? -1) + 1);
    const keys = article.meetings.map((m) => ({ key: `${m.kind === 'phone_call'}|${[...m.participantIds].sort().join('\u0000')}`, day: dayNumber(m.day) }));
    for (const { key, day } of keys) {
      for (const seen of meetingWaves.get(key) ?? []) {
        if (seen.day === null || day === null || Math.abs(seen.day - day) <= 1) wave = Math.max(wave, seen.wave + 1);
      }
    }
    urlWave.set(article.article.url, wave);
    for (const { key, day } of keys) {
      const list = meetingWaves.get(key) ?? [];
      list.push({ day, wave });
      meetingWaves.set(key, list);
    }
    (waves[wave] ??= []).push(article);
  }
  return waves;
}

function dayNumber(day: string | null): number | null {
  if (day === null) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}
