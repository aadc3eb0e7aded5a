import { createHash } from 'node:crypto';
import type { EntityRecord, MeetingRecord, ResolvedArticle } from '../resolve/index.ts';
import type { Graph, GraphTransaction } from './graph.ts';
import { countNewAttendance, pairsOfArticle, refreshPairs } from './meeting-projection.ts';
import { planWaves } from './plan-waves.ts';
import { unifyBatchEntities } from './unify-batch-entities.ts';

export type WriteStatus = 'created' | 'replaced' | 'unchanged';

export interface WriteResult {
  readonly status: WriteStatus;
  readonly meetingIds: readonly string[];
  /** Meetings of this article that other articles had already reported. */
  readonly mergedMeetingCount: number;
}

/**
 * Writes one article in one transaction: unchanged content is a no-op; changed content first
 * takes back everything the previous version said (and nothing else), then writes the new one.
 */
export async function writeArticle(graph: Graph, resolved: ResolvedArticle, options: { force?: boolean } = {}): Promise<WriteResult> {
  const [result] = await graph.writeTransaction((tx) => writeArticlesIn(tx, [resolved], options));
  return result!;
}

/**
 * Writes many articles in one transaction with the same outcome as writing them one by one in
 * order: a fixed number of UNWIND statements per wave (see planWaves), whatever the batch's size.
 * Results are in input order.
 */
export function writeArticles(graph: Graph, resolved: readonly ResolvedArticle[]): Promise<WriteResult[]> {
  return resolved.length === 0 ? Promise.resolve([]) : graph.writeTransaction((tx) => writeArticlesIn(tx, resolved));
}

/** writeArticle inside a caller's transaction; `force` rebuilds even unchanged content (after a split). */
export async function writeArticleIn(tx: GraphTransaction, resolved: ResolvedArticle, options: { force?: boolean } = {}): Promise<WriteResult> {
  const [result] = await writeArticlesIn(tx, [resolved], options);
  return result!;
}

async function writeArticlesIn(tx: GraphTransaction, batch: readonly ResolvedArticle[], options: { force?: boolean } = {}): Promise<WriteResult[]> {
  // Ids first, for the whole batch: the batch's own entities by shared keys, then the graph's.
  const local = unifyBatchEntities(batch);
  const locallyMapped = batch.map((article) => remapArticle(article, local));
  const remap = await followRedirects(tx, locallyMapped.flatMap((a) => a.entities), await attachToKnownEntities(tx, locallyMapped.flatMap((a) => a.entities)));
  const articles = locallyMapped.map((article) => remapArticle(article, remap));

  // What the graph holds for each URL: read once, then kept current as each wave is written.
  const stored = await tx.run<{ url: string; contentHash: string }>('find-article-hashes', { urls: unique(articles.map((a) => a.article.url)) });
  const storedHashes = new Map(stored.map((r) => [r.url, r.contentHash]));
  const results = new Map<ResolvedArticle, WriteResult>();
  for (const wave of planWaves(articles, storedHashes)) {
    for (const [article, result] of await writeWave(tx, wave, storedHashes, options)) results.set(article, result);
  }
  return articles.map((article) => results.get(article)!);
}

/**
 * One wave: no two of its articles share a URL or could report the same meeting. `storedHash`
 * holds the graph's content hash per URL and is updated with what this wave writes.
 */
async function writeWave(
  tx: GraphTransaction,
  wave: readonly ResolvedArticle[],
  storedHash: Map<string, string>,
  options: { force?: boolean },
): Promise<Map<ResolvedArticle, WriteResult>> {
  const results = new Map<ResolvedArticle, WriteResult>();
  const unchanged = options.force ? [] : wave.filter((a) => storedHash.get(a.article.url) === a.article.contentHash);
  if (unchanged.length > 0) {
    const ids = new Map((await tx.run<{ url: string; ids: string[] }>('find-article-meeting-ids', { urls: unchanged.map((a) => a.article.url) })).map((r) => [r.url, r.ids]));
    for (const article of unchanged) results.set(article, { status: 'unchanged', meetingIds: ids.get(article.article.url) ?? [], mergedMeetingCount: 0 });
  }
  const changed = wave.filter((a) => !results.has(a));
  if (changed.length === 0) return results;

  const touched: string[] = [];
  for (const article of changed) if (storedHash.has(article.article.url)) touched.push(...(await takeBackStatements(tx, article.article.url)));

  const entities = dedupeById(changed.flatMap((a) => a.entities));
  await tx.run('merge-articles', { articles: changed.map((a) => a.article) });
  // Containers (countries, then cities) first, so IN/FROM edges find them in the next statement.
  await tx.run('merge-entities', { rows: entities.filter((e) => e.container === null).map(entityRow) });
  await tx.run('merge-entities', { rows: entities.filter((e) => e.container !== null).map(entityRow) });

  const meetings = changed.flatMap((article) => mergeSameMeetings([...article.meetings]).map((meeting) => ({ article, meeting })));
  const matched = await findMatchingMeetings(tx, meetings.map((m) => m.meeting));
  const rows = meetings.map(({ article, meeting }, index) => {
    const match = matched.get(index);
    return { ...meetingRow(meeting), url: article.article.url, id: match?.id ?? meetingId(meeting), matchReason: match?.reason ?? null };
  });
  await tx.run('merge-meetings', { meetings: rows });
  const meetingIds = unique(rows.map((r) => r.id));
  await tx.run('refresh-participant-keys', { meetingIds, personId: null });
  await countNewAttendance(tx, meetingIds);
  await tx.run('merge-mentions', { mentions: changed.flatMap((a) => a.mentions.map((mention) => ({ ...mention, url: a.article.url }))) });
  await deleteOrphans(tx, unique(touched));

  for (const article of changed) {
    const own = rows.filter((r) => r.url === article.article.url);
    const replaced = storedHash.has(article.article.url);
    storedHash.set(article.article.url, article.article.contentHash);
    results.set(article, {
      status: replaced ? 'replaced' : 'created',
      meetingIds: unique(own.map((r) => r.id)),
      mergedMeetingCount: own.filter((r) => r.matchReason !== null).length,
    });
  }
  return results;
}

function remapArticle(article: ResolvedArticle, remap: Map<string, string>): ResolvedArticle {
  if (remap.size === 0) return article;
  return {
    article: article.article,
    entities: dedupeById(article.entities.map((entity) => remapEntity(entity, remap))),
    meetings: article.meetings.map((m) => remapMeeting(m, remap)),
    mentions: article.mentions.map((mention) => ({ ...mention, entityId: remap.get(mention.entityId) ?? mention.entityId })),
  };
}

/** Entities that curation merged into others write to the kept entity instead. */
async function followRedirects(tx: GraphTransaction, entities: readonly EntityRecord[], remap: Map<string, string>): Promise<Map<string, string>> {
  const ids = unique(entities.flatMap((e) => [e.id, ...(e.container ? [e.container.id] : [])]).map((id) => remap.get(id) ?? id));
  const redirects = await tx.run<{ id: string; to: string }>('find-redirects', { ids });
  if (redirects.length === 0) return remap;
  const to = new Map(redirects.map((r) => [r.id, r.to]));
  const followed = new Map<string, string>();
  for (const entity of entities) {
    for (const id of [entity.id, ...(entity.container ? [entity.container.id] : [])]) {
      const current = remap.get(id) ?? id;
      followed.set(id, to.get(current) ?? current);
    }
  }
  return followed;
}

/** Deletes those of `ids` that no statement refers to any more. */
export async function deleteOrphans(tx: GraphTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  // Twice: a country is an orphan only once the places and people IN/FROM it are gone.
  await tx.run('delete-orphan-entities', { ids });
  await tx.run('delete-orphan-entities', { ids });
}

/** Removes what an article's stored version said (and its pairs' meetings); returns the entities it touched. */
export async function takeBackStatements(tx: GraphTransaction, url: string): Promise<string[]> {
  const [entities] = await tx.run<{ ids: string[] }>('find-article-entities', { url });
  const pairs = await pairsOfArticle(tx, url);
  const [reported] = await tx.run<{ ids: string[] }>('find-article-meeting-ids', { urls: [url] });
  await tx.run('detach-article-sources', { url });
  await tx.run('delete-article-reports', { url });
  // Meetings other articles still report may have lost people this article alone named.
  await tx.run('refresh-participant-keys', { meetingIds: reported?.ids ?? [], personId: null });
  await refreshPairs(tx, pairs);
  return unique(entities?.ids ?? []);
}

/** Provisional entities the graph already knows by one of their keys take the graph's id. */
async function attachToKnownEntities(tx: GraphTransaction, entities: readonly EntityRecord[]): Promise<Map<string, string>> {
  const lookups = entities.filter((e) => e.provisional && e.keys.length > 0).map((e) => ({ ref: e.id, label: e.label, keys: e.keys }));
  if (lookups.length === 0) return new Map();
  const found = await tx.run<{ ref: string; ids: string[] }>('find-entities-by-alias', { lookups });
  const remap = new Map<string, string>();
  for (const { ref, ids } of found) {
    // Several nodes sharing a full name are told apart by curation, not here: take the oldest id.
    const [first] = [...ids].sort();
    if (first !== undefined && first !== ref) remap.set(ref, first);
  }
  return remap;
}

function remapEntity(entity: EntityRecord, remap: Map<string, string>): EntityRecord {
  const id = remap.get(entity.id) ?? entity.id;
  const container = entity.container ? { ...entity.container, id: remap.get(entity.container.id) ?? entity.container.id } : null;
  return { ...entity, id, container };
}

function remapMeeting(meeting: MeetingRecord, remap: Map<string, string>): MeetingRecord {
  const map = (id: string) => remap.get(id) ?? id;
  return {
    ...meeting,
    participantIds: unique(meeting.participantIds.map(map)).sort(),
    roles: Object.fromEntries(Object.entries(meeting.roles).map(([id, role]) => [map(id), role])),
    placeId: meeting.placeId === null ? null : map(meeting.placeId),
    topicIds: unique(meeting.topicIds.map(map)),
    eventId: meeting.eventId === null ? null : map(meeting.eventId),
  };
}

function dedupeById(entities: EntityRecord[]): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  for (const entity of entities) {
    const seen = byId.get(entity.id);
    byId.set(
      entity.id,
      seen
        ? { ...seen, names: unique([...seen.names, ...entity.names]), keys: unique([...seen.keys, ...entity.keys]), props: { ...entity.props, ...seen.props } }
        : entity,
    );
  }
  return [...byId.values()];
}

/** Two reports of one meeting in the same article (会见 then 共同会见记者) are one meeting. */
function mergeSameMeetings(meetings: MeetingRecord[]): MeetingRecord[] {
  const byId = new Map<string, MeetingRecord>();
  for (const meeting of meetings) {
    const id = meetingId(meeting);
    const seen = byId.get(id);
    byId.set(
      id,
      seen
        ? {
            ...seen,
            placeId: seen.placeId ?? meeting.placeId,
            eventId: seen.eventId ?? meeting.eventId,
            topicIds: unique([...seen.topicIds, ...meeting.topicIds]),
            confidence: Math.max(seen.confidence, meeting.confidence),
          }
        : meeting,
    );
  }
  return [...byId.values()];
}

/** Existing meetings these reports join, with why (same_day, one_day_apart, same_date, one_undated). */
async function findMatchingMeetings(tx: GraphTransaction, meetings: MeetingRecord[]): Promise<Map<number, { id: string; reason: string }>> {
  const rows = meetings.map((m, ref) => ({ ref, participantsKey: participantsKey(m.participantIds), kind: m.kind, day: m.day, date: m.date }));
  const found = await tx.run<{ ref: number; id: string; reason: string }>('find-matching-meetings', { meetings: rows });
  const matched = new Map<number, { id: string; reason: string }>();
  for (const { ref, id, reason } of found) if (!matched.has(ref)) matched.set(ref, { id, reason });
  return matched;
}

/** The sorted ids of a meeting's people, as merge-meetings stores them: "|a|b|c". */
function participantsKey(ids: readonly string[]): string {
  return [...ids].sort().map((id) => `|${id}`).join('');
}

/**
 * A meeting's id follows from what identifies it (participants, day, whether it was a call), so
 * the same report always lands on the same node, even from two writers at once.
 */
export function meetingId(meeting: MeetingRecord): string {
  const identity = [...meeting.participantIds].sort().join('\u0000') + `|${meeting.date ?? ''}|${meeting.kind === 'phone_call' ? 'call' : 'in-person'}`;
  return `meeting:${createHash('sha256').update(identity).digest('hex').slice(0, 20)}`;
}

function entityRow(entity: EntityRecord) {
  return {
    id: entity.id,
    label: entity.label,
    name: entity.name,
    names: entity.names,
    keys: entity.keys,
    props: entity.props,
    inId: entity.container?.id ?? null,
    inType: entity.container?.rel ?? 'IN',
  };
}

function meetingRow(meeting: MeetingRecord) {
  return {
    kind: meeting.kind,
    date: meeting.date,
    datePrecision: meeting.datePrecision,
    day: meeting.day,
    participants: meeting.participantIds,
    roles: meeting.participantIds.map((id) => meeting.roles[id] ?? null),
    placeId: meeting.placeId,
    topicIds: meeting.topicIds,
    eventId: meeting.eventId,
    evidence: meeting.evidence,
    confidence: meeting.confidence,
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
