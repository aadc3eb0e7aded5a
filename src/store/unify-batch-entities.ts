import type { EntityRecord, ResolvedArticle } from '../resolve/index.ts';

/**
 * Within one batch, entities of the same kind that share a name key are one node, as they would
 * be if the articles were written one after another (the later would find the earlier's node by
 * that key). A provisional entity joins a known one of its group (the lowest id) or else the
 * group's first; known entities keep their ids. Returns id → id for the entities that move.
 */
export function unifyBatchEntities(articles: readonly ResolvedArticle[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const byId = new Map<string, EntityRecord>();
  const firstWithKey = new Map<string, string>();
  for (const entity of articles.flatMap((a) => a.entities)) {
    if (!byId.has(entity.id)) {
      byId.set(entity.id, entity);
      parent.set(entity.id, entity.id);
    }
    for (const key of entity.keys) {
      const slot = `${entity.label}\u0000${key}`;
      const other = firstWithKey.get(slot);
      if (other === undefined) firstWithKey.set(slot, entity.id);
      else if (find(other) !== find(entity.id)) parent.set(find(entity.id), find(other));
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of byId.keys()) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);

  const remap = new Map<string, string>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const known = members.filter((id) => !byId.get(id)!.provisional).sort();
    const target = known[0] ?? members[0]!;
    for (const id of members) if (byId.get(id)!.provisional && id !== target) remap.set(id, target);
  }
  return remap;
}
