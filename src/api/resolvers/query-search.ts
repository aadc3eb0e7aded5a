import { nameKey } from '../../resolve/index.ts';
import { searchEntities, type NamedRecord, type PersonRecord, type PlaceRecord } from '../../store/index.ts';
import type { RequestContext } from '../context.ts';
import { pageSize } from '../cursor.ts';

type SearchArgs = { search: string; first?: number | null };

const search =
  <T>(label: 'Person' | 'Place' | 'Topic') =>
  (_: unknown, args: SearchArgs, context: RequestContext): Promise<T[]> =>
    searchEntities<T>(context.graph, label, args.search.slice(0, 200), nameKey(args.search.slice(0, 200)), pageSize(args.first, 'first', 10));

/** `people(search)`: fulltext over every name in every script; exact and prefix alias matches first. */
export const queryPeople = search<PersonRecord>('Person');
export const queryPlaces = search<PlaceRecord>('Place');
export const queryTopics = search<NamedRecord>('Topic');
