import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { triplesJsonSchema } from '../../src/cli/schema-command.ts';

test('the checked-in JSON Schema is the one the zod schema generates', () => {
  const checkedIn = JSON.parse(readFileSync(new URL('../../schema/triples.schema.json', import.meta.url), 'utf8'));
  expect(checkedIn).toEqual(triplesJsonSchema());
});

test('the JSON Schema requires url, lang and meetings and lists the meeting kinds', () => {
  const schema = triplesJsonSchema() as { required: string[]; properties: { meetings: { items: { properties: { kind: { enum: string[] } } } } } };
  expect(schema.required).toEqual(['url', 'lang', 'meetings']);
  expect(schema.properties.meetings.items.properties.kind.enum).toEqual(['meeting', 'talks', 'phone_call', 'visit', 'multilateral']);
});
