import type { Graph } from './graph.ts';

export interface StoredCuration {
  readonly action: 'merge' | 'split' | 'add_alias' | 'retract';
  readonly by: string;
  readonly reason: string | null;
  readonly at: string;
  readonly keepId?: string | null;
  readonly removeId?: string | null;
  readonly entityId?: string | null;
  readonly alias?: string | null;
  readonly url?: string | null;
}

/** Every stored article's triples, a page at a time, for `parley export`. */
export async function* readStoredArticles(graph: Graph, pageSize = 500): AsyncGenerator<{ url: string; triples: string | null }> {
  let after: string | null = null;
  for (;;) {
    const page: { url: string; triples: string | null }[] = await graph.read('find-articles-page', { after, limit: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.url;
  }
}

/** The curation log, oldest first. */
export async function readCurations(graph: Graph): Promise<StoredCuration[]> {
  const rows = await graph.read<{ curation: StoredCuration }>('find-curations');
  return rows.map((row) => row.curation);
}
