import type { ArticleInput } from './article-input.ts';
import type { CleanedArticle } from './cleaned-article.ts';
import type { Simplifier } from './create-simplifier.ts';
import { detectLanguage } from './detect-language.ts';
import { findDateline } from './find-dateline.ts';
import { findPageDate } from './find-page-date.ts';
import { mapIdentity, type MappedText } from './mapped-text.ts';
import { removeConverterNoise } from './remove-converter-noise.ts';
import { removePageNoise } from './remove-page-noise.ts';
import { splitSentences } from './split-sentences.ts';
import { stripHtml } from './strip-html.ts';

/** Text fields sometimes hold a page's HTML; treat them as HTML when they plainly are. */
const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html[\s>]|<(?:head|body|div|p|article)[\s>])/i;

/** A first line that reads as a headline: short, no sentence punctuation at its end. */
function headline(mapped: MappedText): { readonly title: string; readonly end: number } | null {
  const match = /^\s*([^\n]+)\n/.exec(mapped.text);
  const line = match?.[1]?.trim();
  if (!match || !line || line.length > 120 || /[。！？.!?；)）]$/.test(line)) return null;
  return { title: line, end: match[0].length };
}

/**
 * Cleans an article for extraction: strips HTML, converter pinyin and page furniture, cuts the
 * trailer, splits sentences (keeping offsets into the text or HTML as given), detects the
 * language and reads the dateline. A headline taken from the first line is not a sentence: a
 * headline alone does not establish a meeting.
 */
export function cleanArticle(input: ArticleInput, simplify: Simplifier): CleanedArticle {
  const source = input.html ?? input.text ?? '';
  const asHtml = input.html != null || LOOKS_LIKE_HTML.test(source);
  const cleaned = removePageNoise(removeConverterNoise(asHtml ? stripHtml(source) : mapIdentity(source)));
  const head = headline(cleaned);
  const sentences = splitSentences(cleaned).filter((sentence) => head === null || sentence.start >= head.end);
  const body = head === null ? cleaned.text : cleaned.text.slice(head.end);
  return {
    url: input.url,
    title: input.title ?? head?.title ?? null,
    published: input.published ?? findPageDate(cleaned.text),
    lang: input.lang ?? detectLanguage(cleaned.text, simplify),
    text: cleaned.text,
    source,
    sentences,
    dateline: findDateline(body),
  };
}
