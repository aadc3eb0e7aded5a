import { ParleyError } from '../../errors.ts';
import type { CountryRecord } from '../../store/index.ts';
import type { RequestContext } from '../context.ts';
import { countryIdNamed } from './meeting-filter.ts';

/** The GraphQL type of each id prefix; an id with any other prefix names no Node. */
const TYPE_OF_PREFIX: Readonly<Record<string, string>> = { person: 'Person', place: 'Place', country: 'Country', topic: 'Topic', event: 'Event', meeting: 'Meeting' };

export function nodeTypeOf(id: string): string | null {
  return TYPE_OF_PREFIX[id.slice(0, id.indexOf(':'))] ?? null;
}

/** One object by id, through the loader of its kind, so `nodes` with many ids batches them. */
async function loadNode(context: RequestContext, id: string): Promise<{ id: string } | null> {
  const type = nodeTypeOf(id);
  if (type === null) return null;
  const record = type === 'Person' ? await context.loaders.person.load(id) : type === 'Meeting' ? await context.loaders.meeting.load(id) : await context.loaders.entity.load(id);
  // An id whose prefix and stored label disagree names nothing: Relay refetches by type.
  return record && nodeTypeOf(record.id) === type ? record : null;
}

/** `node(id)`: Relay's refetch; an unknown or malformed id is null, not an error. */
export function queryNode(_: unknown, args: { id: string }, context: RequestContext) {
  return loadNode(context, args.id);
}

export const MAX_NODE_IDS = 100;

/** `nodes(ids)`: many objects in the order asked, each kind in one statement. */
export function queryNodes(_: unknown, args: { ids: readonly string[] }, context: RequestContext) {
  if (args.ids.length > MAX_NODE_IDS) {
    throw new ParleyError('BAD_USER_INPUT', `ids: at most ${MAX_NODE_IDS} ids`, { issues: [{ path: 'ids', message: `at most ${MAX_NODE_IDS} ids` }] });
  }
  return Promise.all(args.ids.map((id) => loadNode(context, id)));
}

/**
 * `country(id | iso2 | name)`: the graph's node, or the knowledge base's record of a country no
 * meeting has reached yet (its meetings are then an empty connection).
 */
export async function queryCountry(_: unknown, args: { id?: string | null; iso2?: string | null; name?: string | null }, context: RequestContext): Promise<CountryRecord | null> {
  const given = [args.id, args.iso2, args.name].filter((value) => value != null);
  if (given.length !== 1) {
    throw new ParleyError('BAD_USER_INPUT', 'country: give exactly one of id, iso2 and name', { issues: [{ path: 'country', message: 'give exactly one of id, iso2 and name' }] });
  }
  if (args.iso2 != null && !/^[A-Za-z]{2}$/.test(args.iso2.trim())) {
    throw new ParleyError('BAD_USER_INPUT', 'iso2: two letters (ISO 3166 alpha-2)', { issues: [{ path: 'iso2', message: 'two letters (ISO 3166 alpha-2)' }] });
  }
  const id = args.id ?? countryIdNamed(context, (args.iso2 ?? args.name)!);
  if (nodeTypeOf(id) !== 'Country') return null;
  const stored = await context.loaders.entity.load(id);
  if (stored) return { id: stored.id, iso2: stored.iso2 ?? id.slice('country:'.length).toUpperCase(), name: stored.name, names: stored.names };
  const known = context.linker.country(id.slice('country:'.length));
  return known ? { id: known.id, iso2: String(known.props.iso2), name: known.name, names: known.names } : null;
}
