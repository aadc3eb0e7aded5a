import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ParleyError } from '../../src/errors.ts';
import { ingestTriples } from '../../src/pipeline.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { staleParticipantKeys } from '../helpers/participant-keys.ts';
import { projectionDrift } from '../helpers/projection.ts';
import { useTestGraph } from '../helpers/test-graph.ts';

const t = useTestGraph();
const api = createTestApp(t);

/** `npm run test:stress` raises this to 10,000; `npm test` keeps the run short. */
const RUNS = Number(process.env.PARLEY_FUZZ_RUNS ?? 200);

const name = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('王毅', 'Wang Yi', '拉夫羅夫', "'}) DETACH DELETE n //", '王毅"; MATCH (n) DETACH DELETE n', '\u0000', ' '));
const date = fc.oneof(fc.constant(null), fc.string({ maxLength: 12 }), fc.constantFrom('2025-02-20', '2025-02-30', '--02-20', '2025', '9999-99-99'));
const meeting = fc.record(
  {
    kind: fc.oneof(fc.constantFrom('meeting', 'talks', 'phone_call', 'visit', 'multilateral'), fc.string()),
    participants: fc.array(fc.record({ name, aliases: fc.array(name, { maxLength: 3 }), title: fc.option(name), country: fc.option(name) }, { requiredKeys: ['name'] }), { maxLength: 4 }),
    date,
    place: fc.option(fc.record({ city: fc.option(name), country: fc.option(name), aliases: fc.array(name, { maxLength: 2 }) })),
    topics: fc.array(fc.record({ name }), { maxLength: 3 }),
    evidence: fc.oneof(fc.string({ maxLength: 80 }), fc.constant('')),
    confidence: fc.oneof(fc.double(), fc.constant(0.9)),
  },
  { requiredKeys: [] },
);
const triples = fc.record(
  {
    url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 })),
    title: fc.option(fc.string({ maxLength: 40 })),
    published: date,
    lang: fc.oneof(fc.constantFrom('zh-Hans', 'zh-Hant', 'en'), fc.string({ maxLength: 5 })),
    meetings: fc.oneof(fc.array(meeting, { maxLength: 3 }), fc.anything()),
  },
  { requiredKeys: [] },
);

/** Mostly valid articles, so writes (and replacements of the same URLs) really happen. */
const plausible = fc.record({
  url: fc.constantFrom('https://fuzz.example/1', 'https://fuzz.example/2', 'https://fuzz.example/3'),
  title: fc.option(fc.string({ maxLength: 20 })),
  published: fc.constantFrom('2025-02-21', null),
  lang: fc.constantFrom('zh-Hans', 'zh-Hant', 'en'),
  meetings: fc.array(
    fc.record({
      kind: fc.constantFrom('meeting', 'talks', 'phone_call'),
      participants: fc.uniqueArray(fc.record({ name: fc.constantFrom('王毅', 'Wang Yi', '拉夫羅夫', 'Ada Quennell', 'Bruno Okafor', "'}) DETACH DELETE n //") }), { minLength: 2, maxLength: 3, selector: (p) => p.name }),
      date: fc.constantFrom('2025-02-20', '2025-02-21', '2025-02', null),
      place: fc.option(fc.record({ city: fc.constantFrom('Johannesburg', '约翰内斯堡', 'Atlantis') })),
      topics: fc.array(fc.record({ name: fc.constantFrom('乌克兰危机', 'Ukraine crisis', 'water rights') }), { maxLength: 2 }),
      evidence: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    }),
    { maxLength: 3 },
  ),
});

async function invariants() {
  const [row] = await t.cypher<Record<string, number>>(
    `RETURN COUNT { (m:Meeting) WHERE COUNT { (m)<-[:ATTENDED]-(:Person) } < 2 } AS meetingsWithOnePerson,
            COUNT { (m:Meeting) WHERE NOT (m)-[:REPORTED_BY]->(:Article) } AS meetingsWithoutSource,
            COUNT { (a:Alias) WHERE NOT (a)<-[:NAMED]-() } AS orphanAliases,
            COUNT { (a:Article) WHERE a.contentHash IS NULL OR a.triples IS NULL } AS halfWrittenArticles`,
  );
  return row;
}

test('generated triples are stored or refused with BAD_USER_INPUT, and the graph invariants hold', async () => {
  const outcomes = { stored: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(fc.oneof(triples, fc.anything(), plausible), async (input) => {
      const result = await ingestTriples(t.deps, input);
      outcomes[result.success ? 'stored' : 'refused'] += 1;
      if (!result.success) {
        expect(result.error).toBeInstanceOf(ParleyError);
        expect(result.error.code).toBe('BAD_USER_INPUT');
        expect(result.error.issues.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: RUNS },
  );
  expect(outcomes.stored).toBeGreaterThan(0);
  expect(outcomes.refused).toBeGreaterThan(0);
  expect(await invariants()).toEqual({ meetingsWithOnePerson: 0, meetingsWithoutSource: 0, orphanAliases: 0, halfWrittenArticles: 0 });
  expect(await projectionDrift(t)).toBeNull();
  expect(await staleParticipantKeys(t)).toEqual([]);
}, 600_000);

test('generated query arguments get data or a coded error, never a 500', async () => {
  const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '王毅', '*', '"', 'AND OR NOT', '~'));
  await fc.assert(
    fc.asyncProperty(text, text, fc.oneof(fc.integer({ min: -5, max: 500 }), fc.constant(null)), async (a, b, first) => {
      const response = await api.query(
        `query ($a: String, $b: String!, $first: Int, $filter: MeetingFilter) {
           person(name: $a) { id }
           people(search: $b, first: 5) { id }
           meetings(filter: $filter, first: $first) { totalCount }
         }`,
        { a, b, first, filter: { topic: a, place: b, from: a.slice(0, 10) || null } },
      );
      expect(response.status).not.toBe(500);
      for (const error of response.errors ?? []) {
        expect(error.extensions?.code).not.toBe('INTERNAL');
        expect(error.extensions?.code).toEqual(expect.any(String));
      }
    }),
    { numRuns: Math.ceil(RUNS / 2) },
  );
}, 600_000);
