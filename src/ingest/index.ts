/** Article input: the schema of an article as given, before cleaning and extraction. */
export { ArticleInputSchema, MAX_ARTICLE_CHARS } from './article-input.ts';
export type { ArticleInput } from './article-input.ts';
/** Cleaning: an article as given → text, sentences with source offsets, language, dateline. */
export { cleanArticle } from './clean-article.ts';
export type { CleanedArticle, Sentence, Dateline } from './cleaned-article.ts';
/** The traditional → simplified converter, built once per process and passed down. */
export { createSimplifier } from './create-simplifier.ts';
export type { Simplifier } from './create-simplifier.ts';
/** zh-Hans, zh-Hant or en from the characters of a text. */
export { detectLanguage } from './detect-language.ts';
/** Pieces of cleaning, usable alone. */
export { stripHtml } from './strip-html.ts';
export { removeConverterNoise } from './remove-converter-noise.ts';
export { removePageNoise } from './remove-page-noise.ts';
export { splitSentences } from './split-sentences.ts';
export { findDateline } from './find-dateline.ts';
export { findPageDate } from './find-page-date.ts';
export { mapIdentity } from './mapped-text.ts';
export type { MappedText } from './mapped-text.ts';
