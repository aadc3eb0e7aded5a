import { ParleyError } from '../../errors.ts';
import { nameKey } from '../../resolve/index.ts';
import { findEntityIdsByKey, type PersonRecord } from '../../store/index.ts';
import type { RequestContext } from '../context.ts';

/**
 * `person(id, name)`: by id, or by any name in any script. The knowledge base resolves forms
 * the graph has never seen (外交部长王毅, Wang Yi for 王毅); the graph's aliases cover people
 * the knowledge base does not know.
 */
export async function queryPerson(_: unknown, args: { id?: string | null; name?: string | null }, context: RequestContext): Promise<PersonRecord | null> {
  if (args.id) return context.loaders.person.load(args.id);
  const name = args.name?.trim();
  if (!name) throw new ParleyError('BAD_USER_INPUT', 'person: give an id or a name', { issues: [{ path: 'name', message: 'give an id or a name' }] });
  const link = context.linker.person({ name, aliases: [], title: null, country: null }, { date: null, articlePeople: [], lang: 'en' });
  const candidates = link && !link.provisional ? [link.id] : [];
  for (const key of new Set([nameKey(name), ...(link?.keys ?? [])])) {
    if (candidates.length > 0) break;
    candidates.push(...(await findEntityIdsByKey(context.graph, 'Person', key)));
  }
  for (const id of candidates) {
    const person = await context.loaders.person.load(id);
    if (person) return person;
  }
  return null;
}
