/**
 * Checks the shipped knowledge base (see src/kb/check-knowledge-base.ts) and prints counts,
 * then every problem; exits 1 when there is any. `--verbose` also lists the name collisions
 * allowed by a rule.  npm run check:kb [-- --verbose]
 */
import { checkKnowledgeBase, loadKnowledgeBase } from '../src/kb/index.ts';

const report = checkKnowledgeBase(loadKnowledgeBase());
console.log(Object.entries(report.counts).map(([kind, n]) => `${kind}: ${n}`).join(', '));
if (process.argv.includes('--verbose')) for (const line of report.allowed) console.log(`allowed: ${line}`);
for (const line of report.problems) console.log(`problem: ${line}`);
console.log(report.problems.length === 0 ? `no problems (${report.allowed.length} shared names told apart by office, date or country)` : `${report.problems.length} problems`);
process.exitCode = report.problems.length === 0 ? 0 : 1;
