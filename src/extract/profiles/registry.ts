import type { Lang } from '../article-triples.ts';
import { chineseProfile } from './chinese-profile.ts';
import { englishProfile } from './english-profile.ts';
import type { LanguageProfile } from './language-profile.ts';

/** The language profiles by the language they read. */
const PROFILES: ReadonlyMap<Lang, LanguageProfile> = new Map([chineseProfile, englishProfile].flatMap((profile) => profile.langs.map((lang) => [lang, profile] as const)));

/** The profile that reads `lang`; every language the cleaner detects has one. */
export function profileFor(lang: Lang): LanguageProfile {
  const profile = PROFILES.get(lang);
  if (!profile) throw new Error(`No language profile reads ${lang}`);
  return profile;
}

export const LANGUAGE_PROFILES: readonly LanguageProfile[] = [...new Set(PROFILES.values())];
