import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { describe, expect, test } from 'vitest';
import { createApp, MAX_QUERY_COST, SCHEMA_PATH } from '../../src/api/index.ts';
import { operationCost } from '../../src/api/query-cost.ts';
import { NETWORK_QUERY } from '../../src/web/explorer-queries.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();
const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));

type Answer = { status: number; data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post(app: ReturnType<typeof createApp>, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await app.fetch('http://parley.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as object) };
}

const refusedForCost = (answer: Answer) => answer.errors?.some((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && error.message.startsWith('Query cost')) ?? false;

/** Every field that takes a page size, with the size (and the network's depth) put in by the caller. */
const PAGED_FIELDS: Record<string, (size: string, depth: string) => string> = {
  people: (size) => `people(search: "x", first: ${size}) { id name }`,
  topics: (size) => `topics(search: "x", first: ${size}) { id name }`,
  places: (size) => `places(search: "x", first: ${size}) { id name country { name } }`,
  meetings: (size) => `meetings(first: ${size}) { totalCount edges { node { id participants { name } } } }`,
  meetingNetwork: (size, depth) => `meetingNetwork(personId: "x", depth: ${depth}, first: ${size}) { nodes { person { id } depth } edges { source target meetingCount lastDate } }`,
  'Person.meetings': (size) => `person(id: "x") { meetings(first: ${size}) { edges { node { id date } } } }`,
  'Person.counterparts': (size) => `person(id: "x") { counterparts(first: ${size}) { person { name } meetingCount } }`,
};

type Field = (size: string, depth: string) => string;

/** The field with its page size written into the document. */
const literal = (field: Field, size: number) => `{ ${field(String(size), '2')} }`;
/** The same field with the page size sent as `$n` and the depth as `$d`. */
const withVariables = (field: Field) => {
  const body = field('$n', '$d');
  return `query ($n: Int${body.includes('$d') ? ', $d: Int' : ''}) { ${body} }`;
};

/** The largest page size the limit lets through for a field: the boundary both forms must agree on. */
function largestAllowed(field: Field): number {
  let low = 1;
  let high = 1_000_000;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (operationCost(schema, parse(literal(field, middle)))! <= MAX_QUERY_COST) low = middle;
    else high = middle - 1;
  }
  return low;
}

describe('query cost with variables', () => {
  test.each(Object.entries(PAGED_FIELDS))('%s: a page size at the limit runs and one past it is refused, written in or sent as a variable', async (_, field) => {
    const app = createApp(t.deps);
    const limit = largestAllowed(field);
    for (const [size, refused] of [[limit, false], [limit + 1, true]] as const) {
      const written = await post(app, literal(field, size));
      const sent = await post(app, withVariables(field), { n: size, d: 2 });
      expect({ size, written: refusedForCost(written), sent: refusedForCost(sent) }).toEqual({ size, written: refused, sent: refused });
    }
  });

  test('the network of 2,000 people asked for with variables is refused before it runs, naming its cost and the limit', async () => {
    const response = await post(createApp(t.deps), withVariables(PAGED_FIELDS.meetingNetwork!), { n: 2000, d: 2 });
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      {
        message: 'Query cost 54250 exceeds the limit of 25000: ask for smaller pages (first) or fewer nested lists.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost: 54250, maxCost: 25000 },
      },
    ]);
  });

  test('an omitted page-size variable costs the default of its declaration, else the schema default', async () => {
    const app = createApp(t.deps);
    // Each person's 20 counterparts: past the limit at the schema's default of 200 people.
    const heavy = (declaration: string) => `query ($n: Int${declaration}) { meetingNetwork(personId: "x", first: $n) { nodes { person { counterparts { person { name } } } } } }`;
    expect(refusedForCost(await post(app, heavy('')))).toBe(true);
    expect(refusedForCost(await post(app, heavy(''), { n: 10 }))).toBe(false);
    expect(refusedForCost(await post(app, heavy(' = 10')))).toBe(false);
    expect(refusedForCost(await post(app, heavy(' = 10'), { n: 200 }))).toBe(true);
  });

  test("the server's own persisted documents are not costed: the explorer's network of 2,000 people runs", async () => {
    const app = createApp(t.deps, { persistedOperations: { documents: [NETWORK_QUERY], only: false } });
    const variables = { personId: 'person:nobody', depth: 2, first: 2000 };
    const explorer = await post(app, NETWORK_QUERY, variables);
    expect(explorer.errors).toBeUndefined();
    expect(explorer.data).toEqual({ meetingNetwork: { nodes: [], edges: [] } });
    const rewritten = await post(app, NETWORK_QUERY.replace('lastDate', 'lastDate meetingCount'), variables);
    expect(refusedForCost(rewritten)).toBe(true);
  });
});
