import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { buildCountries, type Country } from './build-countries.ts';
import {
  CountryOverlayEntry,
  OrganizationEntry,
  PersonEntry,
  PlaceEntry,
  TitleEntry,
  TopicEntry,
  dataFile,
} from './schema.ts';

/** The knowledge base: reference entities every article is linked against. */
export interface KnowledgeBase {
  readonly people: readonly PersonEntry[];
  readonly places: readonly PlaceEntry[];
  readonly organizations: readonly OrganizationEntry[];
  readonly topics: readonly TopicEntry[];
  readonly titles: readonly TitleEntry[];
  readonly countries: readonly Country[];
}

/** The data folder shipped with Parley. */
export const DEFAULT_KB_DIR = fileURLToPath(new URL('./data/', import.meta.url));

function readEntries<T extends z.ZodType>(file: string, entry: T): z.infer<T>[] {
  const parsed = dataFile(entry).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${file}: ${first?.path.join('.')}: ${first?.message}`);
  }
  return parsed.data.entries as z.infer<T>[];
}

/** Every `.json` file of a folder, sorted so the load order (and thus ids on ties) is stable. */
function readFolder<T extends z.ZodType>(folder: string, entry: T): z.infer<T>[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => readEntries(path.join(folder, name), entry));
}

/**
 * Reads and validates every data file. Throws naming the file and field of the first bad entry:
 * a broken knowledge base is a build error, not something to limp along with.
 */
export function loadKnowledgeBase(dir: string = DEFAULT_KB_DIR): KnowledgeBase {
  return Object.freeze({
    people: readFolder(path.join(dir, 'people'), PersonEntry),
    places: readFolder(path.join(dir, 'places'), PlaceEntry),
    organizations: readFolder(path.join(dir, 'organizations'), OrganizationEntry),
    topics: readFolder(path.join(dir, 'topics'), TopicEntry),
    titles: readEntries(path.join(dir, 'titles.json'), TitleEntry),
    countries: buildCountries(readEntries(path.join(dir, 'countries.json'), CountryOverlayEntry)),
  });
}
