import { readFileSync } from 'node:fs';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { buildSchema, getNamedType, isObjectType, parse, validate, type GraphQLSchema } from 'graphql';
import { describe, expect, test } from 'vitest';
import { SCHEMA_PATH } from '../../src/api/index.ts';
import { COSTED_ARGUMENTS, operationCost } from '../../src/api/query-cost.ts';

const schema: GraphQLSchema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));

/** What GraphQL Armor's cost-limit rule found for a document (its literal arguments only). */
function armorCost(source: string): number {
  let found = Number.NaN;
  const errors = validate(schema, parse(source), [costLimitRule({ maxCost: Number.MAX_SAFE_INTEGER, onAccept: [(_, { n }) => (found = n)] })]);
  expect(errors).toEqual([]);
  return found;
}

const cost = (source: string, variables?: Record<string, unknown>) => operationCost(schema, parse(source), undefined, variables);

const NETWORK_SELECTION = 'nodes { person { id } depth } edges { source target meetingCount lastDate }';

describe('query cost', () => {
  test.each([
    ['a flat list', '{ people(search: "x", first: 7) { id name } }'],
    ['the network of 2,000 people', `{ meetingNetwork(personId: "x", depth: 2, first: 2000) { ${NETWORK_SELECTION} } }`],
    ['nested pages', '{ meetings(first: 50) { totalCount edges { node { participants { name country { name } counterparts(first: 3) { person { name } meetingCount } meetings(first: 2) { edges { node { id } } } } } } } }'],
    ['a page of 0', '{ meetings(first: 0) { totalCount } }'],
    ['a named fragment used twice', '{ a: person(id: "x") { ...who } b: person(id: "y") { ...who } } fragment who on Person { name counterparts(first: 4) { person { name } } }'],
    ['an inline fragment', '{ person(id: "x") { ... on Person { meetings(first: 6) { totalCount } } } }'],
    ['introspection', '{ __schema { types { name } } __typename }'],
  ])('with literal page sizes, %s costs what Armor counted', (_, source) => {
    expect(cost(source)).toBe(armorCost(source));
  });

  test('the network of 2,000 people at depth 2 costs 54,250 whether its size is a literal or a variable', () => {
    expect(cost(`{ meetingNetwork(personId: "x", depth: 2, first: 2000) { ${NETWORK_SELECTION} } }`)).toBe(54_250);
    expect(cost(`query ($id: ID!, $n: Int) { meetingNetwork(personId: $id, depth: 2, first: $n) { ${NETWORK_SELECTION} } }`, { id: 'x', n: 2000 })).toBe(54_250);
  });

  test('a page size given by a variable inside a fragment counts as well', () => {
    const inFragment = `query ($n: Int) { ...network } fragment network on Query { meetingNetwork(personId: "x", first: $n) { ${NETWORK_SELECTION} } }`;
    const literal = `{ ...network } fragment network on Query { meetingNetwork(personId: "x", first: 2000) { ${NETWORK_SELECTION} } }`;
    expect(cost(inFragment, { n: 2000 })).toBe(armorCost(literal));
  });

  test('an omitted variable takes the default its declaration gives, else the schema argument default', () => {
    const declared = `query ($n: Int = 2000) { meetingNetwork(personId: "x", first: $n) { ${NETWORK_SELECTION} } }`;
    const undeclaredDefault = `query ($n: Int) { meetingNetwork(personId: "x", first: $n) { ${NETWORK_SELECTION} } }`;
    expect(cost(declared, {})).toBe(cost(`{ meetingNetwork(personId: "x", first: 2000) { ${NETWORK_SELECTION} } }`));
    // meetingNetwork's `first` defaults to 200 in schema.graphql.
    expect(cost(undeclaredDefault, {})).toBe(cost(`{ meetingNetwork(personId: "x", first: 200) { ${NETWORK_SELECTION} } }`));
    expect(cost(`{ meetingNetwork(personId: "x") { ${NETWORK_SELECTION} } }`)).toBe(cost(undeclaredDefault, {}));
  });

  test('an explicit null page size costs the schema default, which the resolver then applies', () => {
    expect(cost('query ($n: Int) { people(search: "x", first: $n) { id } }', { n: null })).toBe(armorCost('{ people(search: "x", first: 10) { id } }'));
  });

  test('variables that do not fit their types are not costed: execution refuses them', () => {
    expect(cost('query ($n: Int) { people(search: "x", first: $n) { id } }', { n: 'many' })).toBeNull();
    expect(operationCost(schema, parse('query A { __typename }'), 'B', {})).toBeNull();
  });

  test('every Int argument of the schema is either a page size that is costed or one known not to size a list', () => {
    const notSizing = new Set(['Query.meetingNetwork.depth']);
    const intArguments: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) if (getNamedType(arg.type).name === 'Int') intArguments.push(`${type.name}.${field.name}.${arg.name}`);
      }
    }
    const uncosted = intArguments.filter((path) => !COSTED_ARGUMENTS.includes(path.split('.').at(-1)!) && !notSizing.has(path));
    expect(uncosted).toEqual([]);
    expect(intArguments.filter((path) => path.endsWith('.first'))).toHaveLength(11);
  });
});
