// Scores the extractor on the project's own report-form sentences (test/fixtures/report-forms):
// pair precision, recall and F1 per form and per script, the way the corpus scorer counts pairs.
import { readdirSync, readFileSync } from 'node:fs';
import { createExtractor } from '../src/extract/index.ts';
import type { SentenceExplanation } from '../src/extract/explain.ts';
import { loadKnowledgeBase } from '../src/kb/index.ts';

interface Item {
  readonly form: string;
  readonly lang: string;
  readonly published: string | null;
  readonly text: string;
  readonly meetings: readonly { readonly participants: readonly (readonly string[])[] }[];
}

// --verbose prints every report whose pairs were missed or invented.
const verbose = process.argv.includes('--verbose');
const dir = new URL('../test/fixtures/report-forms/', import.meta.url);
const norm = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]/gu, '');
const extract = createExtractor(loadKnowledgeBase(), { today: () => new Date('2026-11-24T12:00:00Z') });
const tally = new Map<string, { gold: number; sys: number; tp: number; negatives: number; alarms: number }>();
const add = (key: string, gold: number, sys: number, tp: number, negative: boolean): void => {
  const t = tally.get(key) ?? { gold: 0, sys: 0, tp: 0, negatives: 0, alarms: 0 };
  tally.set(key, { gold: t.gold + gold, sys: t.sys + sys, tp: t.tp + tp, negatives: t.negatives + (negative ? 1 : 0), alarms: t.alarms + (negative && sys > 0 ? 1 : 0) });
};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n').filter((l) => l.trim())) {
    const item = JSON.parse(line) as Item;
    const heard: string[] = [];
    const explain = (e: SentenceExplanation): void => void heard.push(`  ${e.sentence}: ${e.frame ?? '-'} [${e.participants.map((m) => `${m.name} (${m.via})`).join(', ')}] ${e.verdict}: ${e.reason}`);
    const result = await extract({ url: `urn:form:${file}`, title: null, published: item.published, lang: null, text: item.text, html: null }, { explain });
    const goldPairs = item.meetings.flatMap((m) => m.participants.flatMap((a, i) => m.participants.slice(i + 1).map((b) => [a.map(norm), b.map(norm)] as const)));
    const sysPairs = result.meetings.flatMap((m) => {
      const names = m.participants.map((p) => [p.name, ...p.aliases].map(norm));
      return names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b] as const));
    });
    const left = [...goldPairs];
    let tp = 0;
    for (const [a, b] of sysPairs) {
      const hit = left.findIndex(([x, y]) => (x.some((n) => a.includes(n)) && y.some((n) => b.includes(n))) || (x.some((n) => b.includes(n)) && y.some((n) => a.includes(n))));
      if (hit >= 0) {
        tp++;
        left.splice(hit, 1);
      }
    }
    if (verbose && (tp < goldPairs.length || tp < sysPairs.length)) {
      const show = (pairs: readonly (readonly (readonly string[])[])[]): string => pairs.map(([a, b]) => `${a?.[0]}–${b?.[0]}`).join(', ') || '-';
      process.stdout.write(`\n[${item.form} ${item.lang}] ${item.text}\n  gold: ${show(goldPairs)}\n  system: ${show(sysPairs)}\n${heard.join('\n')}\n`);
    }
    for (const key of [`${item.form} ${item.lang}`, `all ${item.lang}`, 'all']) add(key, goldPairs.length, sysPairs.length, tp, item.meetings.length === 0);
  }
}
const f = (x: number): string => x.toFixed(3);
for (const [key, t] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
  const p = t.sys ? t.tp / t.sys : 1;
  const r = t.gold ? t.tp / t.gold : 1;
  process.stdout.write(`${key.padEnd(32)} gold=${t.gold} sys=${t.sys} tp=${t.tp} P=${f(p)} R=${f(r)} F1=${f(p + r ? (2 * p * r) / (p + r) : 0)} falseAlarm=${t.alarms}/${t.negatives}\n`);
}
