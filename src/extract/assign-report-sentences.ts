/** One reported meeting as the topic stage sees it: where it is stated and who took part. */
export interface ReportSpan {
  /** Index of the sentence that states the meeting. */
  readonly sentence: number;
  /** Keys of the participants (person id, else the normalized name). */
  readonly keys: ReadonlySet<string>;
  /**
   * Stated in passing inside another report ("Wang said Xi and Trump met at Mar-a-Lago not
   * long ago"): it owns its own sentence, and the report it interrupts goes on after it.
   */
  readonly aside: boolean;
}

/** How far after the meeting sentence its report may go. */
const REPORT_REACH = 20;

/**
 * Which sentences belong to which report, for its topics. A report owns its own sentence. A
 * later sentence that names a participant of only some earlier reports ("Guterres and
 * Jaishankar also discussed Afghanistan") belongs to the latest of those; one that names none
 * of them continues the latest report that is not an aside. Sentences that state a meeting
 * belong to that meeting alone, except that an aside's sentence is also the interrupted
 * report's. Returns the sentence indexes of each report, in order.
 */
export function assignReportSentences(reports: readonly ReportSpan[], mentionedKeys: readonly (readonly string[])[]): number[][] {
  const owned = reports.map((r) => [r.sentence]);
  const stating = new Set(reports.map((r) => r.sentence));
  // Reports come in sentence order: the open ones are a window that slides with the sentence.
  const inOrder = reports.map((r, i) => ({ r, i }));
  let from = 0;
  let to = 0;
  for (let s = (reports[0]?.sentence ?? mentionedKeys.length) + 1; s < mentionedKeys.length; s++) {
    while (to < inOrder.length && inOrder[to]!.r.sentence < s) to++;
    while (from < to && s - inOrder[from]!.r.sentence >= REPORT_REACH) from++;
    if (stating.has(s)) continue;
    const open = inOrder.slice(from, to);
    if (open.length === 0) continue;
    const shared = [...(open[0]?.r.keys ?? [])].filter((k) => open.every(({ r }) => r.keys.has(k)));
    const named = new Set((mentionedKeys[s] ?? []).filter((k) => !shared.includes(k)));
    const naming = open.filter(({ r }) => [...r.keys].some((k) => named.has(k)));
    const candidates = naming.length > 0 ? naming : open.filter(({ r }) => !r.aside).length > 0 ? open.filter(({ r }) => !r.aside) : open;
    const latest = Math.max(...candidates.map(({ r }) => r.sentence));
    for (const { r, i } of candidates) if (r.sentence === latest) owned[i]?.push(s);
  }
  // An aside is said within the report it interrupts ("Wang said Xi and Trump met not long ago,
  // charting the course of China-US relations"): its sentence is that report's too.
  const hosts: number[] = [];
  reports.forEach((r, i) => {
    if (!r.aside) {
      hosts.push(i);
      return;
    }
    // The latest report before the aside's sentence (those of its own sentence are skipped).
    let k = hosts.length - 1;
    while (k >= 0 && reports[hosts[k]!]!.sentence >= r.sentence) k--;
    const host = hosts[k];
    if (host !== undefined && r.sentence - reports[host]!.sentence < REPORT_REACH) owned[host]?.push(r.sentence);
  });
  return owned;
}
