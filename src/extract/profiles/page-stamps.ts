import type { DateExpression } from '../find-dates.ts';
import type { CompiledVocabulary } from '../vocabulary/compile-vocabulary.ts';

/** How far before a date a page stamp's word may stand ("Updated: Jul 12, 2016, 10:04 IST"). */
const STAMP_REACH = 14;

/** Dates that a page stamp (Updated, 发布时间) introduces are the page's, never a meeting's. */
export function withoutPageStamps(vocab: CompiledVocabulary, text: string, dates: readonly DateExpression[]): DateExpression[] {
  return dates.filter((d) => vocab.pageStamps.find(text.slice(Math.max(0, d.index - STAMP_REACH), d.index)) === null);
}
