import { ParleyError } from '../../errors.ts';
import { resolveStoredTriples } from '../../pipeline.ts';
import { nameKey } from '../../resolve/index.ts';
import { addAlias, mergeEntities, retractArticle, splitEntity, type Curator } from '../../store/index.ts';
import { CURATOR_HEADER, curatorName } from '../access/curator-name.ts';
import type { RequestContext } from '../context.ts';

/** Who curates (the caller's key name, see curatorName) and why. */
function curator(context: RequestContext, reason: string | null | undefined): Curator {
  const by = curatorName(context.caller, context.request?.headers.get(CURATOR_HEADER) ?? null);
  if (reason && reason.length > 2000) throw new ParleyError('BAD_USER_INPUT', 'reason: must be at most 2000 characters', { issues: [{ path: 'reason', message: 'must be at most 2000 characters' }] });
  return { by, reason: reason ?? null };
}

export const curationMutations = {
  mergeEntities: (_: unknown, args: { keepId: string; removeId: string; reason?: string | null }, context: RequestContext) =>
    mergeEntities(context.graph, args.keepId, args.removeId, curator(context, args.reason)),
  splitEntity: (_: unknown, args: { id: string; removedId: string; reason?: string | null }, context: RequestContext) =>
    splitEntity(context.graph, args.id, args.removedId, curator(context, args.reason), resolveStoredTriples(context.pipeline)),
  addAlias: (_: unknown, args: { id: string; alias: string; reason?: string | null }, context: RequestContext) => {
    const alias = args.alias.trim();
    if (alias === '' || alias.length > 200 || nameKey(alias) === '') {
      throw new ParleyError('BAD_USER_INPUT', 'alias: must be a name of 1 to 200 characters', { issues: [{ path: 'alias', message: 'must be a name of 1 to 200 characters' }] });
    }
    return addAlias(context.graph, args.id, alias, nameKey(alias), curator(context, args.reason));
  },
  retractArticle: (_: unknown, args: { url: string; reason?: string | null }, context: RequestContext) =>
    retractArticle(context.graph, args.url, curator(context, args.reason)),
};
