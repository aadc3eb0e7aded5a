import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { ArticleTriplesSchema, type ArticleTriplesInput } from '../src/extract/index.ts';
import { resolveArticle, type EntityRecord, type Linker } from '../src/resolve/index.ts';
import { meetingId } from '../src/store/index.ts';

const statement = (name: string) => readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8');
const ENTITIES = statement('raw-load-entities');
const CONTAINERS = statement('raw-load-containers');
const MEETINGS = statement('raw-load-meetings');

/**
 * Loads articles as raw UNWIND batches: the same resolution (so the same ids) as Parley's ingest,
 * then one write transaction per batch instead of one per article. Entities met again under
 * another name key reuse the first id, as Parley's writer attaches them to the node it finds.
 */
export async function rawLoad(driver: Driver, linker: Linker, articles: Iterable<ArticleTriplesInput>, batchSize = 500): Promise<number> {
  const idByKey = new Map<string, string>();
  let batch: ArticleTriplesInput[] = [];
  let count = 0;
  const flush = async () => {
    const entities = new Map<string, EntityRecord>();
    const rows = batch.map((input) => {
      const resolved = resolveArticle(ArticleTriplesSchema.parse(input), linker);
      const remap = new Map<string, string>();
      for (const entity of resolved.entities) {
        const known = entity.keys.map((k) => idByKey.get(k)).find((id) => id !== undefined);
        const id = entity.provisional && known ? known : entity.id;
        remap.set(entity.id, id);
        for (const k of entity.keys) if (!idByKey.has(k)) idByKey.set(k, id);
        const previous = entities.get(id);
        entities.set(id, { ...entity, id, names: [...new Set([...(previous?.names ?? []), ...entity.names])], keys: [...new Set([...(previous?.keys ?? []), ...entity.keys])] });
      }
      const meetings = resolved.meetings.map((m) => {
        const participantIds = m.participantIds.map((p) => remap.get(p) ?? p);
        const meeting = { ...m, participantIds, placeId: m.placeId ? (remap.get(m.placeId) ?? m.placeId) : null, topicIds: m.topicIds.map((t) => remap.get(t) ?? t) };
        return { id: meetingId(meeting), kind: m.kind, date: m.date, datePrecision: m.datePrecision, day: m.day, participants: participantIds, placeId: meeting.placeId, topicIds: meeting.topicIds, evidence: m.evidence, confidence: m.confidence };
      });
      return { article: resolved.article, meetings };
    });
    const entityRows = [...entities.values()].map((e) => ({
      id: e.id,
      label: e.label,
      name: e.name,
      names: e.names,
      keys: e.keys,
      props: e.props,
      // Containers are countries, known to the knowledge base: their ids are never remapped.
      container: e.container,
    }));
    const session = driver.session();
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(ENTITIES, { rows: entityRows });
        await tx.run(CONTAINERS, { rows: entityRows });
        await tx.run(MEETINGS, { rows });
      });
    } finally {
      await session.close();
    }
    count += batch.length;
    batch = [];
  };
  for (const article of articles) {
    batch.push(article);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return count;
}
