import type { SentenceExplanation } from './explain.ts';

const clip = (text: string, max = 160): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * `parley extract --explain` as a reader sees it: each sentence that could report a meeting,
 * the frame that matched, who it found and from where, and what became of it.
 */
export function formatExplanation(source: string, lang: string | null, entries: readonly SentenceExplanation[], meetings: number, error?: string): string {
  const lines = [`${source} (${lang ?? 'unknown language'}): ${error ?? `${meetings} meeting(s)`}`];
  if (entries.length === 0 && !error) lines.push('  no sentence states a meeting frame');
  for (const e of entries) {
    lines.push(`  sentence ${e.sentence + 1}: ${clip(e.text.replace(/\s+/g, ' '))}`);
    lines.push(`    frame: ${e.frame ?? '(none)'}${e.kind ? ` (${e.kind})` : ''}`);
    if (e.participants.length > 0) lines.push(`    participants: ${e.participants.map((p) => `${p.name} [${p.via}]`).join(', ')}`);
    lines.push(`    ${e.verdict}: ${e.reason}`);
  }
  return `${lines.join('\n')}\n\n`;
}
