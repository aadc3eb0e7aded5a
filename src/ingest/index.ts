/** Article input: the schema of an article as given, before cleaning and extraction. */
export { ArticleInputSchema, MAX_ARTICLE_CHARS } from './article-input.ts';
export type { ArticleInput } from './article-input.ts';
