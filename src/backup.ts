import { z } from 'zod';
import { badInput, issuesFromZod } from './errors.ts';
import { ingestTriples, resolveStoredTriples, type PipelineDeps } from './pipeline.ts';
import { nameKey } from './resolve/index.ts';
import { addAlias, mergeEntities, readCurations, readStoredArticles, splitEntity, type StoredCuration } from './store/index.ts';

/**
 * The backup format, one JSON object a line: what the graph was built from (every article's
 * triples), then the curation decisions in the order they were made. Importing it into an
 * empty database rebuilds an equal graph.
 */
const BackupLine = z.discriminatedUnion('type', [
  z.object({ type: z.literal('article'), triples: z.unknown() }),
  z.object({
    type: z.literal('curation'),
    action: z.enum(['merge', 'split', 'add_alias', 'retract']),
    by: z.string(),
    reason: z.string().nullable(),
    at: z.string(),
    keepId: z.string().nullish(),
    removeId: z.string().nullish(),
    entityId: z.string().nullish(),
    alias: z.string().nullish(),
    url: z.string().nullish(),
  }),
]);

/** Writes the backup of the graph, line by line. */
export async function exportGraph(deps: PipelineDeps, write: (line: string) => void | Promise<void>): Promise<{ articles: number; curations: number }> {
  let articles = 0;
  for await (const article of readStoredArticles(deps.graph)) {
    if (article.triples === null) continue;
    await write(JSON.stringify({ type: 'article', triples: JSON.parse(article.triples) }));
    articles += 1;
  }
  const curations = await readCurations(deps.graph);
  for (const curation of curations) await write(JSON.stringify({ type: 'curation', ...curation }));
  return { articles, curations: curations.length };
}

async function replay(deps: PipelineDeps, curation: StoredCuration | z.infer<typeof BackupLine> & { type: 'curation' }): Promise<void> {
  const curator = { by: curation.by, reason: curation.reason };
  switch (curation.action) {
    case 'merge':
      await mergeEntities(deps.graph, curation.keepId!, curation.removeId!, curator);
      return;
    case 'split':
      await splitEntity(deps.graph, curation.keepId!, curation.removeId!, curator, resolveStoredTriples(deps));
      return;
    case 'add_alias':
      await addAlias(deps.graph, curation.entityId!, curation.alias!, nameKey(curation.alias!), curator);
      return;
    case 'retract':
      // A retracted article is not in the backup, so there is nothing left to retract.
      return;
  }
}

/** Rebuilds a graph from backup lines; a bad line fails with its number and field. */
export async function importGraph(deps: PipelineDeps, lines: AsyncIterable<string> | Iterable<string>): Promise<{ articles: number; curations: number }> {
  let articles = 0;
  let curations = 0;
  let number = 0;
  for await (const text of lines) {
    number += 1;
    if (text.trim() === '') continue;
    const parsed = BackupLine.safeParse(JSON.parse(text));
    if (!parsed.success) throw badInput(issuesFromZod(parsed.error.issues, `line ${number}`), 'backup');
    if (parsed.data.type === 'article') {
      const result = await ingestTriples(deps, parsed.data.triples);
      if (!result.success) throw badInput(result.error.issues.map((issue) => ({ ...issue, path: `line ${number}.${issue.path}` })), 'backup');
      articles += 1;
    } else {
      await replay(deps, parsed.data);
      curations += 1;
    }
  }
  return { articles, curations };
}
