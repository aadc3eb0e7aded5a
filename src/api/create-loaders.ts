import DataLoader from 'dataloader';
import {
  readCounterparts,
  readEntitiesById,
  readMeetingsById,
  readPairTopics,
  readPeopleById,
  readPersonMeetingPages,
  type CounterpartRecord,
  type Graph,
  type MeetingRecordOut,
  type NamedRecord,
  type PersonRecord,
} from '../store/index.ts';

export interface PersonMeetingsKey {
  readonly personId: string;
  readonly after: string | null;
  readonly limit: number;
}

export interface CounterpartsKey {
  readonly personId: string;
  readonly limit: number;
}

/** Two people and the filters their shared meetings are read within. */
export interface PairTopicsKey {
  readonly a: string;
  readonly b: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly topicIds: readonly string[] | null;
}

/**
 * Per-request batch loaders: however many people or meetings a response lists, each kind of
 * record costs one Cypher statement per level of the query, never one per item (no N+1).
 */
export function createLoaders(graph: Graph) {
  const byId = <T extends { id: string }>(read: (ids: readonly string[]) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const found = new Map((await read(ids)).map((record) => [record.id, record]));
      return ids.map((id) => found.get(id) ?? null);
    });
  const keyOf = (key: object) => JSON.stringify(key);

  return {
    person: byId<PersonRecord>((ids) => readPeopleById(graph, ids)),
    meeting: byId<MeetingRecordOut>((ids) => readMeetingsById(graph, ids)),
    /** Places, countries, topics and events: whatever is not a person or a meeting. */
    entity: byId((ids) => readEntitiesById(graph, ids)),
    personMeetings: new DataLoader<PersonMeetingsKey, { page: { id: string; sortKey: string }[]; total: number }, string>(
      async (keys) => {
        const pages = await readPersonMeetingPages(graph, keys.map((key) => ({ ...key, key: keyOf(key) })));
        return keys.map((key) => pages.get(keyOf(key)) ?? { page: [], total: 0 });
      },
      { cacheKeyFn: keyOf },
    ),
    counterparts: new DataLoader<CounterpartsKey, CounterpartRecord[], string>(
      async (keys) => {
        const found = await readCounterparts(graph, keys.map((key) => ({ ...key, key: keyOf(key) })));
        return keys.map((key) => found.get(keyOf(key)) ?? []);
      },
      { cacheKeyFn: keyOf },
    ),
    pairTopics: new DataLoader<PairTopicsKey, NamedRecord[], string>(
      async (keys) => {
        const found = await readPairTopics(graph, keys.map((key) => ({ ...key, key: keyOf(key) })));
        return keys.map((key) => found.get(keyOf(key)) ?? []);
      },
      { cacheKeyFn: keyOf },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
