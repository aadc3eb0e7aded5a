import { z } from 'zod';
import { LANGS, MeetingDate } from '../extract/article-triples.ts';

/** Articles larger than this are refused rather than truncated: a truncated article misleads. */
export const MAX_ARTICLE_CHARS = 2_000_000;

/**
 * An article as a news feed or a user gives it: the text or the HTML of the page, and what the
 * feed knows about it. `lang` is detected when absent.
 */
export const ArticleInputSchema = z
  .object({
    url: z.string().trim().min(1).max(2048).pipe(z.url({ protocol: /^https?$|^file$|^urn$/, message: 'must be an http(s), file or urn URL' })),
    title: z.string().trim().max(1000).nullish().transform((v) => v || null),
    published: MeetingDate.nullish().transform((v) => v ?? null),
    lang: z.enum(LANGS).nullish().transform((v) => v ?? null),
    text: z.string().max(MAX_ARTICLE_CHARS, `must be at most ${MAX_ARTICLE_CHARS} characters`).nullish(),
    html: z.string().max(MAX_ARTICLE_CHARS, `must be at most ${MAX_ARTICLE_CHARS} characters`).nullish(),
  })
  .refine((a) => Boolean(a.text?.trim()) !== Boolean(a.html?.trim()), { message: 'give exactly one of text or html, not empty', path: ['text'] });

export type ArticleInput = z.infer<typeof ArticleInputSchema>;
