import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../../src/kb/index.ts';
import { createResolver, type PersonContext, type PersonMention, type Resolver } from '../../src/resolve/index.ts';

/** The small KB written for these tests, in the shipped data's layout, so tests do not move with the data. */
export const FIXTURE_KB_DIR = fileURLToPath(new URL('../fixtures/kb-resolve/', import.meta.url));

export function fixtureResolver(): Resolver {
  return createResolver(loadKnowledgeBase(FIXTURE_KB_DIR));
}

/** A participant mention with only a name unless told otherwise. */
export function mention(name: string, extra: Partial<PersonMention> = {}): PersonMention {
  return { name, aliases: [], title: null, country: null, ...extra };
}

export function context(date: string | null = null, articlePeople: readonly PersonMention[] = [], lang: PersonContext['lang'] = 'en'): PersonContext {
  return { date, articlePeople, lang };
}
