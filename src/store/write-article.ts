import { createHash } from 'node:crypto';
import type { EntityRecord, MeetingRecord, ResolvedArticle } from '../resolve/index.ts';
import type { Graph, GraphTransaction } from './graph.ts';

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
 * A fixed number of UNWIND statements, whatever the article's size.
 */
export function writeArticle(graph: Graph, resolved: ResolvedArticle, options: { force?: boolean } = {}): Promise<WriteResult> {
  return graph.writeTransaction((tx) => writeArticleIn(tx, resolved, options));
}

/** writeArticle inside a caller's transaction; `force` rebuilds even unchanged content (after a split). */
export async function writeArticleIn(tx: GraphTransaction, resolved: ResolvedArticle, options: { force?: boolean } = {}): Promise<WriteResult> {
  const { url, contentHash } = resolved.article;
  const [stored] = await tx.run<{ contentHash: string }>('find-article-hash', { url });
  if (stored?.contentHash === contentHash && !options.force) {
    const meetings = await tx.run<{ id: string }>('find-meeting-ids', { url });
    return { status: 'unchanged', meetingIds: meetings.map((m) => m.id), mergedMeetingCount: 0 };
  }
  const touched = stored ? await takeBackStatements(tx, url) : [];

  const remap = await followRedirects(tx, resolved.entities, await attachToKnownEntities(tx, resolved.entities));
  const entities = dedupeById(resolved.entities.map((entity) => remapEntity(entity, remap)));
  await tx.run('merge-article', { article: resolved.article });
  // Containers (countries, then cities) first, so IN/FROM edges find them in the next statement.
  await tx.run('merge-entities', { rows: entities.filter((e) => e.container === null).map(entityRow) });
  await tx.run('merge-entities', { rows: entities.filter((e) => e.container !== null).map(entityRow) });

  const meetings = mergeSameMeetings(resolved.meetings.map((m) => remapMeeting(m, remap)));
  const matched = await findMatchingMeetings(tx, meetings);
  const rows = meetings.map((meeting, index) => {
    const match = matched.get(index);
    return { ...meetingRow(meeting), id: match?.id ?? meetingId(meeting), matchReason: match?.reason ?? null };
  });
  await tx.run('merge-meetings', { url, meetings: rows });
  await tx.run('merge-mentions', {
    url,
    mentions: resolved.mentions.map((mention) => ({ ...mention, entityId: remap.get(mention.entityId) ?? mention.entityId })),
  });
  await deleteOrphans(tx, touched);
  return { status: stored ? 'replaced' : 'created', meetingIds: unique(rows.map((r) => r.id)), mergedMeetingCount: matched.size };
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

/** Removes what an article's stored version said; returns the entities it touched. */
export async function takeBackStatements(tx: GraphTransaction, url: string): Promise<string[]> {
  const [entities] = await tx.run<{ ids: string[] }>('find-article-entities', { url });
  await tx.run('detach-article-sources', { url });
  await tx.run('delete-article-reports', { url });
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
  const rows = meetings.map((m, ref) => ({ ref, participants: m.participantIds, kind: m.kind, day: m.day, date: m.date }));
  const found = await tx.run<{ ref: number; id: string; reason: string }>('find-matching-meetings', { meetings: rows });
  const matched = new Map<number, { id: string; reason: string }>();
  for (const { ref, id, reason } of found) if (!matched.has(ref)) matched.set(ref, { id, reason });
  return matched;
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
