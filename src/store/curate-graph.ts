import { randomUUID } from 'node:crypto';
import { ParleyError } from '../errors.ts';
import type { ResolvedArticle } from '../resolve/index.ts';
import type { Graph, GraphTransaction } from './graph.ts';
import { pairsAroundEntity, refreshPairs } from './meeting-projection.ts';
import { deleteOrphans, takeBackStatements, writeArticleIn } from './write-articles.ts';

/** Who made a hand-made change and why; every curation is logged with it. */
export interface Curator {
  readonly by: string;
  readonly reason: string | null;
}

export interface CurationRecord {
  readonly id: string;
  readonly action: 'merge' | 'split' | 'add_alias' | 'retract';
  readonly by: string;
  readonly at: string;
  readonly reason: string | null;
}

export interface CurationOutcome {
  readonly curation: CurationRecord;
  /** Meetings that became one because the merge made them the same meeting. */
  readonly meetingsMerged: number;
  /** Articles rebuilt from their stored triples (after a split). */
  readonly articlesRebuilt: number;
}

async function log(tx: GraphTransaction, action: CurationRecord['action'], curator: Curator, details: Record<string, string>): Promise<CurationRecord> {
  const [row] = await tx.run<{ curation: CurationRecord }>('record-curation', { curation: { id: randomUUID(), ...curator }, action, details });
  return row!.curation;
}

function notFound(what: string, field: string): ParleyError {
  return new ParleyError('NOT_FOUND', `${field}: no ${what}`, { issues: [{ path: field, message: `no ${what}` }] });
}

/** Merges meetings of an entity that a merge made identical; returns how many went. */
async function collapseDuplicateMeetings(tx: GraphTransaction, entityId: string): Promise<number> {
  let merged = 0;
  for (const { meetings } of await tx.run<{ meetings: string[] }>('find-duplicate-meetings', { entityId })) {
    const [keep, ...duplicates] = meetings;
    for (const gone of duplicates) {
      await tx.run('move-relationships', { keepElementId: keep, goneElementId: gone });
      await tx.run('delete-node', { elementId: gone });
      merged += 1;
    }
  }
  return merged;
}

/**
 * Moves every edge and alias of `removeId` onto `keepId` and remembers the decision, so later
 * articles naming the removed entity land on the kept one. Both must be of the same kind.
 */
export function mergeEntities(graph: Graph, keepId: string, removeId: string, curator: Curator): Promise<CurationOutcome> {
  if (keepId === removeId) throw new ParleyError('BAD_USER_INPUT', 'removeId: must differ from keepId', { issues: [{ path: 'removeId', message: 'must differ from keepId' }] });
  return graph.writeTransaction(async (tx) => {
    const [pair] = await tx.run<{ keepElementId: string; goneElementId: string; keepLabel: string; goneLabel: string; keepNames: string[]; goneKeys: string[] }>(
      'find-entity-pair',
      { keepId, removeId },
    );
    if (!pair) throw notFound('entity for one of these ids', 'keepId');
    if (pair.keepLabel !== pair.goneLabel) {
      throw new ParleyError('BAD_USER_INPUT', `removeId: a ${pair.goneLabel} cannot merge into a ${pair.keepLabel}`, { issues: [{ path: 'removeId', message: `is a ${pair.goneLabel}, keepId a ${pair.keepLabel}` }] });
    }
    const curation = await log(tx, 'merge', curator, { keepId, removeId });
    await tx.run('move-relationships', { keepElementId: pair.keepElementId, goneElementId: pair.goneElementId });
    await tx.run('record-entity-merge', { keepId, removeId, keepNames: pair.keepNames, goneKeys: pair.goneKeys, curation });
    // The removed person's meetings now list the kept one: their participants keys change.
    if (pair.keepLabel === 'Person') await tx.run('refresh-participant-keys', { meetingIds: null, personId: keepId });
    const meetingsMerged = await collapseDuplicateMeetings(tx, keepId);
    // The kept entity's meetings gained people (a person merge) or became fewer (duplicates
    // collapsed): recompute the MET projection of every pair who met in them.
    if (pair.keepLabel === 'Person' || meetingsMerged > 0) await refreshPairs(tx, await pairsAroundEntity(tx, keepId));
    return { curation, meetingsMerged, articlesRebuilt: 0 };
  });
}

/**
 * Undoes a merge: the redirect, names and keys it added go, and every article involving the kept
 * entity is rebuilt from its stored triples, so the removed entity comes back where it was named.
 */
export function splitEntity(graph: Graph, keepId: string, removeId: string, curator: Curator, resolve: (triples: string) => ResolvedArticle): Promise<CurationOutcome> {
  return graph.writeTransaction(async (tx) => {
    const [redirect] = await tx.run('find-redirect', { keepId, removeId });
    if (!redirect) throw notFound(`merge of ${removeId} into ${keepId}`, 'removedId');
    const curation = await log(tx, 'split', curator, { keepId, removeId });
    await tx.run('undo-entity-merge', { keepId, removeId });
    const articles = await tx.run<{ url: string; triples: string | null }>('find-articles-mentioning', { id: keepId });
    for (const article of articles) {
      if (article.triples) await writeArticleIn(tx, resolve(article.triples), { force: true });
    }
    return { curation, meetingsMerged: 0, articlesRebuilt: articles.length };
  });
}

/** Teaches an entity another name; later mentions of it link here. */
export function addAlias(graph: Graph, id: string, alias: string, key: string, curator: Curator): Promise<CurationOutcome> {
  return graph.writeTransaction(async (tx) => {
    const [found] = await tx.run('add-alias', { id, alias, key });
    if (!found) throw notFound('entity', 'id');
    const curation = await log(tx, 'add_alias', curator, { entityId: id, alias });
    return { curation, meetingsMerged: 0, articlesRebuilt: 0 };
  });
}

/** Removes an article and every statement only it supports; meetings with other sources stay. */
export function retractArticle(graph: Graph, url: string, curator: Curator): Promise<CurationOutcome> {
  return graph.writeTransaction(async (tx) => {
    const [stored] = await tx.run('find-article-hashes', { urls: [url] });
    if (!stored) throw notFound('article', 'url');
    const touched = await takeBackStatements(tx, url);
    await tx.run('delete-article', { url });
    await deleteOrphans(tx, touched);
    const curation = await log(tx, 'retract', curator, { url });
    return { curation, meetingsMerged: 0, articlesRebuilt: 0 };
  });
}
