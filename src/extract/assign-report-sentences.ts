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
  const first = Math.min(...reports.map((r) => r.sentence));
  for (let s = first + 1; s < mentionedKeys.length; s++) {
    if (stating.has(s)) continue;
    const open = reports.map((r, i) => ({ r, i })).filter(({ r }) => r.sentence < s && s - r.sentence < REPORT_REACH);
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
  for (const r of reports) {
    if (!r.aside) continue;
    const host = reports.map((o, j) => ({ o, j })).filter(({ o }) => !o.aside && o.sentence < r.sentence && r.sentence - o.sentence < REPORT_REACH).at(-1);
    if (host) owned[host.j]?.push(r.sentence);
  }
  return owned;
}
